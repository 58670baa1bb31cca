import { describe, expect, it } from 'vitest';
import { loadDemoManifest } from './demo-models';
import { coverageForArtifact } from './onnx-coverage';

const HUB = 'https://hub.example.org';

describe('coverageForArtifact', () => {
  it('computes the coverage of a demo model named by a path on this hub', async () => {
    const result = await coverageForArtifact({ format: 'onnx', uri: '/models/jet-btag-int8.onnx' }, HUB);
    expect(result.kind).toBe('computed');
    if (result.kind !== 'computed') return;
    expect(result.servedAt).toBe('/models/jet-btag-int8.onnx');
    expect(result.coverage.engines.find((e) => e.engine === 'tmva-sofie')?.missing).toEqual(['DequantizeLinear', 'QuantizeLinear']);
  });

  it('accepts this hub’s URL, or another URL when the SHA-256 matches the served file', async () => {
    const model = (await loadDemoManifest()).models.find((m) => m.slug === 'pid-dedx')!;
    expect((await coverageForArtifact({ format: 'ONNX', uri: `${HUB}/models/pid-dedx.onnx` }, HUB)).kind).toBe('computed');
    expect((await coverageForArtifact({ format: 'onnx', uri: 'https://mirror.example/models/pid-dedx.onnx', sha256: `sha256:${model.sha256}` }, HUB)).kind).toBe(
      'computed',
    );
  });

  it('refuses a same-named file whose SHA-256 differs, or a foreign URL without one', async () => {
    const mismatch = await coverageForArtifact({ format: 'onnx', uri: '/models/pid-dedx.onnx', sha256: '0'.repeat(64) }, HUB);
    expect(mismatch).toMatchObject({ kind: 'not-readable', reason: expect.stringMatching(/different SHA-256/) });
    const foreign = await coverageForArtifact({ format: 'onnx', uri: 'https://elsewhere.example/models/pid-dedx.onnx' }, HUB);
    expect(foreign).toMatchObject({ kind: 'not-readable', reason: expect.stringMatching(/another site/) });
  });

  it('never fetches remote artifacts and skips other formats', async () => {
    expect(await coverageForArtifact({ format: 'onnx', uri: 's3://bucket/tagger.onnx' }, HUB)).toMatchObject({ kind: 'not-readable' });
    expect(await coverageForArtifact({ format: 'onnx', uri: '/models/not-there.onnx' }, HUB)).toMatchObject({ kind: 'not-readable' });
    expect(await coverageForArtifact({ format: 'torchscript', uri: '/models/pid-dedx.onnx' }, HUB)).toEqual({
      kind: 'not-onnx',
      uri: '/models/pid-dedx.onnx',
      format: 'torchscript',
    });
  });
});
