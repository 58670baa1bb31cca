import { DEFAULT_DECODE_LIMITS } from './decode';
import { encodeModel, floatTensor, mlpSpec, node } from './test-models';

/**
 * A valid model that is expensive to inspect for its size: a chain of `reluCount` Relu nodes in
 * front of the test MLP (~40 bytes a node). For load tests of the inspector; `bytesAtMost`
 * sizes the model to fill an upload limit: as many nodes as the inspector accepts, then a
 * weight tensor for the rest of the bytes.
 */
export function heavyModel(options: { reluCount?: number; bytesAtMost?: number }): Uint8Array {
  const build = (count: number, padFloats = 0) => {
    const spec = mlpSpec();
    if (padFloats > 0) spec.initializers = [...(spec.initializers ?? []), floatTensor('padding', [padFloats])];
    const chain = [];
    let previous = 'x';
    for (let i = 0; i < count; i++) {
      chain.push(node('Relu', [previous], [`t${i}`]));
      previous = `t${i}`;
    }
    const tail = spec.nodes.map((n) => ({ ...n, input: (n.input ?? []).map((x) => (x === 'x' ? previous : x)) }));
    return encodeModel({ ...spec, nodes: [...chain, ...tail] });
  };
  const maxChain = DEFAULT_DECODE_LIMITS.maxNodes - 10;
  if (options.reluCount !== undefined) return build(options.reluCount);
  const limit = options.bytesAtMost ?? 1024 * 1024;
  // Size one probe, then scale the chain to the limit (node size grows slowly with its index).
  const probe = build(10_000).byteLength;
  let count = Math.min(maxChain, Math.floor((limit / probe) * 10_000 * 0.98));
  let bytes = build(count);
  while (bytes.byteLength > limit) {
    count = Math.floor(count * 0.99);
    bytes = build(count);
  }
  const spare = limit - bytes.byteLength - 64;
  if (spare > 1024) bytes = build(count, Math.floor(spare / 4));
  return bytes;
}
