import type { CoverageReport, InspectReport } from '../../lib/onnx';
import type { GraphModel } from '../../lib/onnx/graph-model';
import type { ViewLayout } from './graph-geometry';

/** Views with more nodes than this are not drawn (the node table lists them). */
export const MAX_DRAWN_NODES = 5_000;

export type GraphWorkerRequest =
  | { id: number; type: 'open'; bytes: ArrayBuffer; report: InspectReport; coverage: CoverageReport }
  | { id: number; type: 'layout'; path: string };

export type GraphWorkerReply =
  { id: number; ok: true; model?: GraphModel; layout: ViewLayout | null } | { id: number; ok: false; message: string };

/**
 * The graph worker (graph-worker.ts): builds the graph model from the file and the report, and
 * lays views out with dagre, off the page's thread. One per chosen file.
 */
export class GraphWorkerClient {
  private readonly worker = new Worker(new URL('./graph-worker.ts', import.meta.url), {
    type: 'module',
    name: 'onnx-graph-layout',
  });
  private next = 0;
  private readonly pending = new Map<number, (reply: GraphWorkerReply) => void>();

  constructor() {
    this.worker.onmessage = (event: MessageEvent<GraphWorkerReply>) => {
      this.pending.get(event.data.id)?.(event.data);
      this.pending.delete(event.data.id);
    };
    this.worker.onerror = (event) => {
      event.preventDefault();
      const message = `The graph view stopped: ${event.message || 'its worker failed to start'}.`;
      for (const [id, resolve] of this.pending) resolve({ id, ok: false, message });
      this.pending.clear();
    };
  }

  private request(message: GraphWorkerRequest, transfer: Transferable[] = []): Promise<GraphWorkerReply> {
    return new Promise((resolve) => {
      this.pending.set(message.id, resolve);
      this.worker.postMessage(message, transfer);
    });
  }

  open(bytes: Uint8Array, report: InspectReport, coverage: CoverageReport): Promise<GraphWorkerReply> {
    const copy = bytes.slice().buffer;
    return this.request({ id: ++this.next, type: 'open', bytes: copy, report, coverage }, [copy]);
  }

  layout(path: string): Promise<GraphWorkerReply> {
    return this.request({ id: ++this.next, type: 'layout', path });
  }

  close(): void {
    this.worker.terminate();
    this.pending.clear();
  }
}
