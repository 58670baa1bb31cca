export { buildDemoModels, sha256Hex, type BuiltDemoModel, type DemoModelsBuild } from './build';
export { runNetwork, type NetworkOutputs } from './inference';
export {
  verificationChecks,
  type DemoModelsManifest,
  type ManifestModel,
  type VerificationCheck,
} from '../../src/lib/demo-data/manifest';
export type { DemoModel, KnownExample, Metric, Task } from './models/types';
export type { Network, Precision } from './network';
