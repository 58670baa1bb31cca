/**
 * A demo's state in its URL, so a result can be shared: the model is the page (/demos/<slug>/),
 * `provider` the execution provider chosen (auto, webgpu, wasm), `inputs` the feature values in
 * the model's input order, and `preset` the event preset that set them, if one did.
 */
export interface DemoUrlState {
  provider?: 'auto' | 'webgpu' | 'wasm';
  inputs?: number[];
  preset?: string;
}

const PROVIDERS = ['auto', 'webgpu', 'wasm'] as const;

/** Reads the state from a query string; values that do not fit the demo (wrong count, not numbers) are left out. */
export function readDemoUrlState(search: string, featureCount: number): DemoUrlState {
  const params = new URLSearchParams(search);
  const state: DemoUrlState = {};
  const provider = params.get('provider');
  if (provider && (PROVIDERS as readonly string[]).includes(provider))
    state.provider = provider as DemoUrlState['provider'];
  const raw = params.get('inputs');
  if (raw !== null) {
    const parts = raw.split(',');
    const values = parts.map((p) => (p.trim() === '' ? NaN : Number(p)));
    if (values.length === featureCount && values.every(Number.isFinite)) state.inputs = values;
  }
  const preset = params.get('preset');
  if (preset && /^[a-z0-9_-]{1,64}$/i.test(preset) && state.inputs) state.preset = preset;
  return state;
}

/**
 * The URL with the state written into its query (other parameters and the hash kept), for
 * history.replaceState. `provider=auto` is the page default and is left out.
 */
export function writeDemoUrlState(href: string, state: DemoUrlState): string {
  const url = new URL(href);
  for (const key of ['provider', 'inputs', 'preset']) url.searchParams.delete(key);
  if (state.provider && state.provider !== 'auto') url.searchParams.set('provider', state.provider);
  if (state.inputs) url.searchParams.set('inputs', state.inputs.map((v) => String(v)).join(','));
  if (state.preset && state.inputs) url.searchParams.set('preset', state.preset);
  return url.toString();
}
