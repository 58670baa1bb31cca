import { createRandom, type Random } from '../demo-data/random';
import { float16Bits } from '../demo-data/float16';
import type { Dim, ValueSummary } from '../onnx';

/** Element types onnxruntime-web can take as inputs, with how to fill them. */
const FILLERS = {
  float32: (n: number, r: Random) => Float32Array.from({ length: n }, () => r.uniform() * 2 - 1),
  float64: (n: number, r: Random) => Float64Array.from({ length: n }, () => r.uniform() * 2 - 1),
  // onnxruntime-web takes float16 data as the raw bits in a Uint16Array.
  float16: (n: number, r: Random) => Uint16Array.from({ length: n }, () => float16Bits(r.uniform() * 2 - 1)),
  // Small non-negative integers: safe as indices, lengths or class ids in most graphs.
  int8: (n: number, r: Random) => Int8Array.from({ length: n }, () => r.int(4)),
  uint8: (n: number, r: Random) => Uint8Array.from({ length: n }, () => r.int(4)),
  int16: (n: number, r: Random) => Int16Array.from({ length: n }, () => r.int(4)),
  uint16: (n: number, r: Random) => Uint16Array.from({ length: n }, () => r.int(4)),
  int32: (n: number, r: Random) => Int32Array.from({ length: n }, () => r.int(4)),
  uint32: (n: number, r: Random) => Uint32Array.from({ length: n }, () => r.int(4)),
  int64: (n: number, r: Random) => BigInt64Array.from({ length: n }, () => BigInt(r.int(4))),
  uint64: (n: number, r: Random) => BigUint64Array.from({ length: n }, () => BigInt(r.int(4))),
  bool: (n: number, r: Random) => Uint8Array.from({ length: n }, () => r.int(2)),
  string: (n: number, r: Random) => Array.from({ length: n }, () => `token${r.int(100)}`),
} as const;

export type FeedType = keyof typeof FILLERS;
export type FeedData = ReturnType<(typeof FILLERS)[FeedType]>;

export interface RandomFeed {
  name: string;
  type: FeedType;
  dims: number[];
  data: FeedData;
}

export interface FeedPlan {
  feeds: RandomFeed[];
  /** Inputs that cannot be generated, each with the reason. */
  problems: string[];
}

/** Symbolic dimension names of the inputs, in order of first appearance: the values a visitor may set. */
export function symbolicDims(inputs: readonly ValueSummary[]): string[] {
  const names: string[] = [];
  for (const input of inputs)
    for (const d of input.shape ?? []) if (typeof d === 'string' && !names.includes(d)) names.push(d);
  return names;
}

/** Above this many elements per input a random feed would only exhaust the tab's memory. */
export const MAX_FEED_ELEMENTS = 16 * 1024 * 1024;

function bindDim(d: Dim, bindings: Readonly<Record<string, number>>): number {
  if (typeof d === 'number') return d;
  if (typeof d === 'string') return bindings[d] ?? 1;
  return 1;
}

/**
 * Random input tensors for every model input: symbolic dimensions take their binding (default 1),
 * unknown ones 1. Non-tensor inputs (sequences, maps) and unusual element types are reported instead.
 */
export function planRandomFeeds(
  inputs: readonly ValueSummary[],
  bindings: Readonly<Record<string, number>> = {},
  seed = 1,
): FeedPlan {
  const random = createRandom(seed);
  const feeds: RandomFeed[] = [];
  const problems: string[] = [];
  for (const input of inputs) {
    const type = input.elemType as FeedType | null;
    if (!type || !(type in FILLERS) || input.type.includes('(')) {
      problems.push(
        `Input "${input.name}" is ${input.type}: the browser trial can only generate plain tensors of numbers, booleans or strings.`,
      );
      continue;
    }
    if (input.shape === null) {
      problems.push(
        `Input "${input.name}" has no declared shape (unknown rank): set its shape in the model to try it here.`,
      );
      continue;
    }
    const dims = input.shape.map((d) => bindDim(d, bindings));
    const bad = dims.find((d) => !Number.isInteger(d) || d < 0);
    if (bad !== undefined) {
      problems.push(`Input "${input.name}" would get dimension ${bad}; dimensions must be whole numbers ≥ 0.`);
      continue;
    }
    const count = dims.reduce((a, b) => a * b, 1);
    if (count > MAX_FEED_ELEMENTS) {
      problems.push(
        `Input "${input.name}" would hold ${count.toLocaleString('en-US')} elements (over ${MAX_FEED_ELEMENTS.toLocaleString('en-US')}); choose smaller dimensions.`,
      );
      continue;
    }
    feeds.push({ name: input.name, type, dims, data: FILLERS[type](count, random) });
  }
  return { feeds, problems };
}
