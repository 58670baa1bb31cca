/// <reference lib="webworker" />
import { inspectModel, isOnnxInspectError, operatorCoverage } from '../../lib/onnx';
import type { InspectWorkerReply, InspectWorkerRequest } from './inspect-messages';

// Inspection runs here, off the page's thread, so a hostile file can at worst make the page
// terminate this worker after its timeout; the tab itself never freezes.
self.onmessage = async (event: MessageEvent<InspectWorkerRequest>) => {
  let reply: InspectWorkerReply;
  try {
    const report = await inspectModel(new Uint8Array(event.data.bytes));
    reply = { ok: true, result: { report, coverage: operatorCoverage(report) } };
  } catch (error) {
    reply = isOnnxInspectError(error)
      ? { ok: false, code: error.code, message: error.message }
      : {
          ok: false,
          code: 'internal',
          message: `The inspector failed on this file: ${error instanceof Error ? error.message : String(error)}`,
        };
  }
  self.postMessage(reply);
};
