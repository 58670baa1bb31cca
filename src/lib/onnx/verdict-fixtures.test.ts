import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { inspectModel } from './inspect';
import { operatorCoverage } from './coverage';

/**
 * ONNX backend node tests (libonnx-testdata 1.12.0, Apache-2.0) whose verdicts were wrong before,
 * with what onnxruntime-node 1.30 (cpu) and onnxruntime-web 1.30 in Chromium (wasm, webgpu on
 * SwiftShader) really did with them (benchmarks/onnx-verdicts). See test/fixtures/onnx-verdicts/README.md.
 */
const DIR = new URL('../../../test/fixtures/onnx-verdicts/', import.meta.url);
const expected = JSON.parse(await readFile(new URL('expected.json', DIR), 'utf8')) as Record<
  string,
  { cpu: string; wasm: string; webgpu?: string }
>;

describe('verdicts agree with what the engines did', () => {
  for (const [name, reality] of Object.entries(expected)) {
    it(name, async () => {
      const report = await inspectModel(new Uint8Array(await readFile(new URL(`${name}.onnx`, DIR))));
      const status = (id: string) => operatorCoverage(report).engines.find((e) => e.engine === id)!.status;
      expect(status('ort-cpu')).toBe(reality.cpu);
      expect(status('ort-cpu')).toBe(reality.wasm);
      if (reality.webgpu) expect(status('ort-web-webgpu')).toBe(reality.webgpu);
    });
  }
});
