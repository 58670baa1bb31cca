import { afterEach, describe, expect, it } from 'vitest';
import { InspectorBusyError, InspectorLimitError } from '../functions/services/onnx-inspect';
import { heavyModel } from '../src/lib/onnx/heavy-model';
import { inspectUpload } from '../src/lib/onnx/inspect-upload';
import { encodeModel, mlpSpec } from '../src/lib/onnx/test-models';
import { createInspectPool, type InspectPool } from './onnx-inspect-pool';
import { createTestHub } from '../test/helpers/app';

let pool: InspectPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('ONNX inspection pool (Node host)', () => {
  it('gives the same report as inspecting inline', async () => {
    pool = createInspectPool({ threads: 1 });
    const bytes = encodeModel(mlpSpec());
    expect(await pool.inspect(bytes)).toEqual(await inspectUpload(bytes));
    const bad = await pool.inspect(new TextEncoder().encode('not a model at all'));
    expect(bad).toMatchObject({ ok: false, code: 'not_onnx' });
  });

  it('leaves the event loop free while a large model is inspected', async () => {
    pool = createInspectPool({ threads: 1 });
    const bytes = heavyModel({ reluCount: 150_000 });
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    const outcome = await pool.inspect(bytes);
    clearInterval(timer);
    expect(outcome.ok).toBe(true);
    // Inline, the parse holds the loop for the whole inspection and the timer hardly fires.
    expect(ticks).toBeGreaterThan(10);
  });

  it('stops an inspection that runs past the time limit', async () => {
    pool = createInspectPool({ threads: 1, timeoutMs: 1_500 });
    expect((await pool.inspect(encodeModel(mlpSpec()))).ok).toBe(true);
    const error = await pool.inspect(heavyModel({ reluCount: 500_000 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InspectorLimitError);
    expect((error as InspectorLimitError).limit).toBe('time');
    // The pool still works afterwards.
    expect((await pool.inspect(encodeModel(mlpSpec()))).ok).toBe(true);
  });

  it('refuses a model whose inspection needs more memory than a worker may use', async () => {
    pool = createInspectPool({ threads: 1, maxHeapMb: 16 });
    const error = await pool.inspect(heavyModel({ reluCount: 300_000 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InspectorLimitError);
    expect((error as InspectorLimitError).limit).toBe('memory');
  });

  it('answers busy when every worker is taken and the queue is full', async () => {
    pool = createInspectPool({ threads: 1, maxQueue: 1 });
    expect((await pool.inspect(encodeModel(mlpSpec()))).ok).toBe(true); // the worker is up
    const heavy = heavyModel({ reluCount: 100_000 });
    const running = [pool.inspect(heavy), pool.inspect(heavy)];
    const third = await pool.inspect(heavy).catch((e: unknown) => e);
    expect(third).toBeInstanceOf(InspectorBusyError);
    expect((third as InspectorBusyError).retryAfterSeconds).toBeGreaterThan(0);
    expect((await Promise.all(running)).every((o) => o.ok)).toBe(true);
  });

  it('POST /api/onnx/inspect answers 503 with Retry-After when saturated, 422 too_complex past the limits', async () => {
    pool = createInspectPool({ threads: 1, maxQueue: 0, timeoutMs: 1_500 });
    const hub = await createTestHub({ hooks: { inspectOnnx: pool.inspect } });
    const upload = (bytes: Uint8Array) =>
      hub.app.request('/api/onnx/inspect', {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream' },
        body: bytes as Uint8Array<ArrayBuffer>,
      });
    expect((await upload(encodeModel(mlpSpec()))).status).toBe(200); // the worker is up
    const heavy = heavyModel({ reluCount: 500_000 });
    const [first, second] = await Promise.all([upload(heavy), upload(heavy)]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([422, 503]);
    const busy = first.status === 503 ? first : second;
    const tooComplex = first.status === 422 ? first : second;
    expect(busy.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await busy.json()).error.code).toBe('busy');
    expect((await tooComplex.json()).error).toMatchObject({ code: 'too_complex', details: { limit: 'time' } });
  });
});
