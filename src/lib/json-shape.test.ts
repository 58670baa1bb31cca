import { describe, expect, it } from 'vitest';
import { checkJsonShape } from './json-shape';

const limits = { maxDepth: 3, maxKeys: 2 };
const bytes = (s: string) => new TextEncoder().encode(s);

describe('checkJsonShape', () => {
  it('passes JSON within the limits, as text or UTF-8 bytes', () => {
    for (const json of ['[[[]]]', '{"a":{"b":[1]}}', '{"ü":"[[[[","b":"\\\\"}', '"{{{{:::"']) {
      expect(checkJsonShape(json, limits)).toBeNull();
      expect(checkJsonShape(bytes(json), limits)).toBeNull();
    }
  });

  it('finds nesting past the depth limit, also behind escaped quotes', () => {
    expect(checkJsonShape('[[[[]]]]', limits)?.limit).toBe('maxDepth');
    expect(checkJsonShape(bytes('{"a":"\\"","b":[[[1]]]}'), limits)?.limit).toBe('maxDepth');
  });

  it('counts object keys outside strings', () => {
    expect(checkJsonShape('{"a":1,"b":2,"c":3}', limits)?.limit).toBe('maxKeys');
    expect(checkJsonShape('{"a:b:c":1,"d":"e:f"}', limits)).toBeNull();
  });

  it('reads 10^6 levels without recursion', () => {
    const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
    expect(checkJsonShape(deep)?.limit).toBe('maxDepth');
  });
});
