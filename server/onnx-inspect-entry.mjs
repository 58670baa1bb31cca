// Worker-thread entry for onnx-inspect-worker.ts: module loaders are per thread, so tsx is registered here (as in write-thread-entry.mjs).
import { register } from 'tsx/esm/api';

register();
const { default: inspect } = await import('./onnx-inspect-worker.ts');
export default inspect;
