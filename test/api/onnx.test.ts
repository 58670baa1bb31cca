import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ONNX_INSPECT_MAX_BYTES, ONNX_INSPECT_RATE_LIMIT } from '../../functions/contract/onnx/limits';
import { InspectResponseSchema } from '../../functions/contract/onnx/schema';
import { createTestHub, type TestHub } from '../helpers/app';

const modelBytes = (file: string) => readFile(new URL(`../../public/models/${file}`, import.meta.url));
const PNG_HEADER = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

async function inspect(hub: TestHub, body: Uint8Array, client = `client-${Math.random()}`) {
  const res = await hub.app.request('/api/onnx/inspect', {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-test-client': client },
    body: new Uint8Array(body),
  });
  return { status: res.status, headers: res.headers, json: (await res.json()) as any };
}

describe('POST /api/onnx/inspect', () => {
  it('returns the report and coverage of a model without a token (200)', async () => {
    const hub = await createTestHub();
    const { status, json } = await inspect(hub, await modelBytes('pid-dedx.onnx'));
    expect(status).toBe(200);
    const body = InspectResponseSchema.parse(json);
    expect(body.report.inputs).toEqual([{ name: 'track', type: 'float32', elemType: 'float32', shape: ['batch', 2] }]);
    expect(body.report.opsetImports).toEqual([{ domain: '', version: 17 }]);
    expect(body.coverage.engines.map((e) => [e.engine, e.status])).toEqual([
      ['ort-cpu', 'runs'],
      ['ort-web-webgpu', 'runs'],
      ['tmva-sofie', 'runs'],
      ['hls4ml', 'runs'],
    ]);
  });

  it('shows the QDQ operators of the int8 model missing from TMVA SOFIE', async () => {
    const hub = await createTestHub();
    const { status, json } = await inspect(hub, await modelBytes('jet-btag-int8.onnx'));
    expect(status).toBe(200);
    const sofie = json.coverage.engines.find((e: { engine: string }) => e.engine === 'tmva-sofie');
    expect(sofie.missing).toEqual(['DequantizeLinear', 'QuantizeLinear']);
    expect(sofie.status).toBe('fails');
    expect(sofie.summary).toMatch(/^fails: DequantizeLinear, QuantizeLinear\b/);
  });

  it('accepts a body sent without a content type (curl --data-binary)', async () => {
    const hub = await createTestHub();
    const res = await hub.app.request('/api/onnx/inspect', {
      method: 'POST',
      body: new Uint8Array(await modelBytes('l1-anomaly-ae.onnx')),
    });
    expect(res.status).toBe(200);
  });

  it('refuses an empty body with 400', async () => {
    const hub = await createTestHub();
    const { status, json } = await inspect(hub, new Uint8Array(0));
    expect(status).toBe(400);
    expect(json.error.code).toBe('empty');
    expect(json.error.message).toMatch(/--data-binary/);
  });

  it('refuses a body over the documented limit with 413', async () => {
    const hub = await createTestHub();
    const { status, json } = await inspect(hub, new Uint8Array(ONNX_INSPECT_MAX_BYTES + 1));
    expect(status).toBe(413);
    expect(json.error).toMatchObject({ code: 'payload_too_large', details: { limitBytes: ONNX_INSPECT_MAX_BYTES } });
  });

  it('accepts a body right at the limit (then judges its content)', async () => {
    const hub = await createTestHub();
    const bytes = new Uint8Array(ONNX_INSPECT_MAX_BYTES);
    bytes.set(PNG_HEADER);
    const { status } = await inspect(hub, bytes);
    expect(status).toBe(422);
  });

  it('answers 422 with the inspector code for a PNG', async () => {
    const hub = await createTestHub();
    const { status, json } = await inspect(hub, PNG_HEADER);
    expect(status).toBe(422);
    expect(json.error.code).toBe('not_onnx');
    expect(json.error.message).toMatch(/PNG/i);
  });

  it('answers 422 "truncated" with the byte offset for a cut-off model', async () => {
    const hub = await createTestHub();
    const bytes = await modelBytes('jet-btag.onnx');
    const { status, json } = await inspect(hub, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(status).toBe(422);
    expect(json.error.code).toBe('truncated');
    expect(typeof json.error.details?.offset).toBe('number');
  });

  it('rate-limits one client (429 with Retry-After) without affecting another', async () => {
    const hub = await createTestHub();
    const tiny = Uint8Array.from([0x08, 0x08]);
    for (let i = 0; i < ONNX_INSPECT_RATE_LIMIT.limit; i++) {
      expect((await inspect(hub, tiny, 'busy-client')).status).not.toBe(429);
    }
    const limited = await inspect(hub, tiny, 'busy-client');
    expect(limited.status).toBe(429);
    expect(limited.json.error.code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await inspect(hub, tiny, 'other-client')).status).not.toBe(429);
  });

  it('is documented in the OpenAPI document with its response schemas', async () => {
    const hub = await createTestHub();
    const doc = await hub.call('GET', '/api/openapi.json');
    const op = doc.json.paths['/api/onnx/inspect'].post;
    expect(Object.keys(op.requestBody.content)).toEqual(['application/octet-stream']);
    expect(Object.keys(op.responses).sort()).toEqual(['200', '400', '401', '413', '422', '429', '503']);
    expect(doc.json.components.schemas.OnnxInspectResponse).toBeDefined();
    expect(doc.json.components.schemas.OnnxEngineCoverage.properties.status.enum).toEqual([
      'runs',
      'runs-with-fallback',
      'fails',
      'unknown',
    ]);
  });
});
