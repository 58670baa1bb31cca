import type { InspectResponse, OnnxInspectErrorCode } from '../../lib/onnx';

export interface InspectWorkerRequest {
  bytes: ArrayBuffer;
}

export type InspectWorkerReply =
  | { ok: true; result: InspectResponse }
  | { ok: false; code: OnnxInspectErrorCode | 'internal' | 'timeout'; message: string };

/** A file that is still being inspected after this long is treated as hostile (or far too big). */
export const INSPECT_TIMEOUT_MS = 15_000;

/** Inspects bytes in a fresh worker; never rejects, and terminates the worker on timeout. */
export function inspectInWorker(bytes: Uint8Array, timeoutMs = INSPECT_TIMEOUT_MS): Promise<InspectWorkerReply> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./inspect-worker.ts', import.meta.url), {
      type: 'module',
      name: 'onnx-inspector',
    });
    const finish = (reply: InspectWorkerReply) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(reply);
    };
    const timer = setTimeout(
      () =>
        finish({
          ok: false,
          code: 'timeout',
          message: `Inspecting this file took longer than ${timeoutMs / 1000} s, so it was stopped. It may be damaged, crafted to be slow, or very large: try \`npx hub onnx inspect\` on your machine.`,
        }),
      timeoutMs,
    );
    worker.onmessage = (event: MessageEvent<InspectWorkerReply>) => finish(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      finish({
        ok: false,
        code: 'internal',
        message: `The inspector stopped: ${event.message || 'the worker failed to start'}.`,
      });
    };
    const copy = bytes.slice().buffer;
    worker.postMessage({ bytes: copy } satisfies InspectWorkerRequest, [copy]);
  });
}
