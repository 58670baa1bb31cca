/** What a demo island needs to know about its model; written into `data-demo-config` at build time. */
export interface DemoConfig {
  slug: string;
  modelUrl: string;
  inputName: string;
  featureCount: number;
  kind: 'classifier' | 'anomaly';
  /** The output the page shows: `probabilities` (classifier) or `anomaly_score` (autoencoder). */
  outputName: string;
  classLabels: string[];
  anomalyThreshold?: number;
}

/** Reads a JSON data attribute written by the page; a missing or broken one is a build bug. */
export function readJsonAttribute<T>(element: Element, name: string): T {
  const raw = element.getAttribute(name);
  if (!raw) throw new Error(`${name} is missing on ${element.tagName}`);
  return JSON.parse(raw) as T;
}

/** Input values as they appear in `data-inputs` of a result: comma-separated, as typed. */
export function inputsKey(values: readonly number[]): string {
  return values.map((v) => String(v)).join(',');
}
