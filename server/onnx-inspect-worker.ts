/** Runs in a worker thread of the ONNX inspection pool (server/onnx-inspect-pool.ts). */
import { inspectUpload } from '../src/lib/onnx/inspect-upload';

export default function inspect(bytes: ArrayBuffer) {
  return inspectUpload(new Uint8Array(bytes));
}
