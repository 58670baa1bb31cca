import { describe, expect, it } from 'vitest';
import type { ValueSummary } from '../onnx';
import { MAX_FEED_ELEMENTS, planRandomFeeds, symbolicDims } from './random-feeds';

const tensor = (name: string, elemType: string, shape: ValueSummary['shape']): ValueSummary => ({
  name,
  type: elemType,
  elemType,
  shape,
});

describe('planRandomFeeds', () => {
  it('binds symbolic dimensions (default 1) and unknown ones to 1', () => {
    const { feeds, problems } = planRandomFeeds([tensor('x', 'float32', ['batch', null, 3])], { batch: 4 });
    expect(problems).toEqual([]);
    expect(feeds[0]!.dims).toEqual([4, 1, 3]);
    expect(feeds[0]!.data).toBeInstanceOf(Float32Array);
    expect((feeds[0]!.data as Float32Array).every((v) => v >= -1 && v < 1)).toBe(true);
    expect(planRandomFeeds([tensor('x', 'float32', ['batch', 3])]).feeds[0]!.dims).toEqual([1, 3]);
  });

  it('fills non-float inputs with their own array types', () => {
    const { feeds } = planRandomFeeds([
      tensor('ids', 'int64', [2]),
      tensor('mask', 'bool', [3]),
      tensor('half', 'float16', [2]),
      tensor('words', 'string', [2]),
    ]);
    expect(feeds.map((f) => f.data.constructor.name)).toEqual(['BigInt64Array', 'Uint8Array', 'Uint16Array', 'Array']);
    expect([...(feeds[0]!.data as BigInt64Array)].every((v) => v >= 0n && v < 4n)).toBe(true);
  });

  it('reports inputs it cannot generate instead of failing', () => {
    const { feeds, problems } = planRandomFeeds(
      [
        { name: 's', type: 'seq(float32)', elemType: null, shape: null },
        tensor('c', 'complex64', [2]),
        tensor('r', 'float32', null),
        tensor('huge', 'float32', ['n', 'n']),
      ],
      { n: Math.ceil(Math.sqrt(MAX_FEED_ELEMENTS)) + 1 },
    );
    expect(feeds).toEqual([]);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/"s" is seq\(float32\)/);
    expect(problems[2]).toMatch(/unknown rank/);
    expect(problems[3]).toMatch(/elements \(over/);
  });

  it('is deterministic for a seed', () => {
    const a = planRandomFeeds([tensor('x', 'float32', [5])], {}, 7).feeds[0]!.data;
    const b = planRandomFeeds([tensor('x', 'float32', [5])], {}, 7).feeds[0]!.data;
    expect(a).toEqual(b);
  });
});

describe('symbolicDims', () => {
  it('lists each symbolic name once, in order of appearance', () => {
    expect(
      symbolicDims([tensor('a', 'float32', ['batch', 'seq']), tensor('b', 'int64', ['batch', 4, 'heads'])]),
    ).toEqual(['batch', 'seq', 'heads']);
  });
});
