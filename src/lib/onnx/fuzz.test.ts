import { describe, expect, it } from 'vitest';
import { operatorCoverage } from './coverage';
import { OnnxInspectError } from './errors';
import { formatReport } from './format-report';
import { inspectModel } from './inspect';
import { encodeModel, ifSpec, mlpSpec, node, qdqArgMaxSpec, topKSpec } from './test-models';

/** mulberry32: tiny seeded PRNG so every failure reproduces from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = (bytes: Uint8Array, rand: () => number) => { bytes: Uint8Array; what: string };
const pick = (rand: () => number, n: number) => Math.floor(rand() * n);

const MUTATIONS: Mutation[] = [
  (b, r) => {
    const out = b.slice();
    const at = pick(r, out.length);
    const bit = pick(r, 8);
    out[at]! ^= 1 << bit;
    return { bytes: out, what: `flip bit ${bit} at ${at}` };
  },
  (b, r) => {
    const out = b.slice();
    const at = pick(r, out.length);
    const value = pick(r, 256);
    out[at] = value;
    return { bytes: out, what: `overwrite byte ${at} with ${value}` };
  },
  (b, r) => {
    const at = pick(r, b.length);
    return { bytes: b.slice(0, at), what: `truncate to ${at} bytes` };
  },
  (b, r) => {
    const at = pick(r, b.length + 1);
    const insert = Array.from({ length: 1 + pick(r, 8) }, () => pick(r, 256));
    return {
      bytes: Uint8Array.from([...b.subarray(0, at), ...insert, ...b.subarray(at)]),
      what: `insert [${insert}] at ${at}`,
    };
  },
  (b, r) => {
    const from = pick(r, b.length);
    const count = 1 + pick(r, 16);
    return {
      bytes: Uint8Array.from([...b.subarray(0, from), ...b.subarray(from + count)]),
      what: `delete ${count} bytes at ${from}`,
    };
  },
  (b, r) => {
    // Corrupt a length: find a byte that reads as a length-delimited tag and change the varint after it.
    const out = b.slice();
    const candidates: number[] = [];
    for (let i = 0; i + 1 < out.length; i++) if ((out[i]! & 0x87) === 0x02) candidates.push(i + 1);
    const at = candidates[pick(r, candidates.length)] ?? 0;
    const choices = [0, 0x7f, 0xff, out[at]! + 1, out[at]! - 1, out[at]! + 64];
    const value = choices[pick(r, choices.length)]! & 0xff;
    out[at] = value;
    return { bytes: out, what: `set length byte at ${at} to ${value}` };
  },
  (b, r) => {
    const out = b.slice();
    const at = pick(r, out.length);
    const len = Math.min(out.length - at, 1 + pick(r, 32));
    for (let i = 0; i < len; i++) out[at + i] = pick(r, 256);
    return { bytes: out, what: `randomise ${len} bytes at ${at}` };
  },
];

function seedModels(): { name: string; bytes: Uint8Array }[] {
  const fn = {
    name: 'Block',
    domain: 'hub.local',
    input: ['a'],
    output: ['b'],
    node: [node('Relu', ['a'], ['b'])],
    opsetImport: [{ domain: '', version: 13 }],
  };
  return [
    { name: 'mlp', bytes: encodeModel(mlpSpec()) },
    { name: 'qdq-argmax', bytes: encodeModel(qdqArgMaxSpec()) },
    { name: 'topk', bytes: encodeModel(topKSpec()) },
    { name: 'if', bytes: encodeModel(ifSpec()) },
    {
      name: 'function+metadata',
      bytes: encodeModel({
        ...mlpSpec(),
        nodes: [...mlpSpec().nodes, node('Block', ['y'], ['z'], { domain: 'hub.local' })],
        opsets: { '': 13, 'hub.local': 1 },
        functions: [fn],
        metadata: { author: 'fuzz' },
      }),
    },
  ];
}

const CASES_PER_MODEL = 800;
const BASE_SEED = 0x5eed;

describe('inspector fuzzing', () => {
  // The bound is the test timeout: the whole run must finish well inside it (a hang fails it).
  it(`answers ${5 * CASES_PER_MODEL} mutated models with a report or an OnnxInspectError`, async () => {
    const outcomes = new Map<string, number>();
    let cases = 0;
    for (const [m, model] of seedModels().entries()) {
      for (let i = 0; i < CASES_PER_MODEL; i++) {
        const seed = BASE_SEED + m * 100_000 + i;
        const rand = prng(seed);
        let bytes = model.bytes;
        const steps: string[] = [];
        for (let s = 1 + pick(rand, 3); s > 0; s--) {
          const mutated = MUTATIONS[pick(rand, MUTATIONS.length)]!(bytes, rand);
          bytes = mutated.bytes;
          steps.push(mutated.what);
        }
        const label = `model ${model.name}, seed ${seed}: ${steps.join('; ')}`;
        let outcome: string;
        try {
          const report = await inspectModel(bytes, { maxNodes: 10_000 });
          formatReport(report, operatorCoverage(report));
          outcome = 'report';
        } catch (error) {
          if (!(error instanceof OnnxInspectError)) {
            throw new Error(`${label} threw ${String(error)}${error instanceof Error ? `\n${error.stack}` : ''}`);
          }
          outcome = error.code;
        }
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        cases += 1;
      }
    }
    expect(cases).toBeGreaterThanOrEqual(3000);
    // The mutations must reach every kind of answer, or the fuzzing proves little.
    for (const kind of ['report', 'truncated', 'corrupt', 'not_onnx']) {
      expect(outcomes.get(kind) ?? 0, `${kind} outcomes: ${JSON.stringify([...outcomes])}`).toBeGreaterThan(0);
    }
  }, 120_000);
});
