// Worker-thread entry for write-thread-worker.ts: module loaders are per thread, so tsx is registered here (as in cli/bin/hub.mjs).
import { register } from 'tsx/esm/api';

register();
await import('./write-thread-worker.ts');
