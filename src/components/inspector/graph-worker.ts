/// <reference lib="webworker" />
import { decodeModel } from '../../lib/onnx';
import { attributeDetails } from '../../lib/onnx/graph-attributes';
import { buildGraphModel, type GraphModel } from '../../lib/onnx/graph-model';
import { layoutView, type ViewLayout } from './graph-layout';
import { MAX_DRAWN_NODES, type GraphWorkerReply, type GraphWorkerRequest } from './graph-messages';

// The graph model and dagre's layout run here, so a model with thousands of nodes never
// freezes the page. The file was already inspected (inspect-worker.ts); nothing leaves the browser.
let model: GraphModel | null = null;
const layouts = new Map<string, ViewLayout | null>();

function layout(path: string): ViewLayout | null {
  if (!layouts.has(path)) {
    const view = model?.views[path];
    layouts.set(path, view && view.nodes.length <= MAX_DRAWN_NODES ? layoutView(view) : null);
  }
  return layouts.get(path)!;
}

self.onmessage = (event: MessageEvent<GraphWorkerRequest>) => {
  const request = event.data;
  let reply: GraphWorkerReply;
  try {
    if (request.type === 'open') {
      const bytes = new Uint8Array(request.bytes);
      const details = attributeDetails(decodeModel(bytes).model.graph!, request.report.nodes.length);
      model = buildGraphModel(request.report, request.coverage, details);
      layouts.clear();
      reply = { id: request.id, ok: true, model, layout: layout('') };
    } else {
      reply = { id: request.id, ok: true, layout: layout(request.path) };
    }
  } catch (error) {
    reply = {
      id: request.id,
      ok: false,
      message: `The graph could not be drawn: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  self.postMessage(reply);
};
