import { readDemoUrlState, writeDemoUrlState, type DemoUrlState } from '../../lib/demos/demo-url-state';
import { readJsonAttribute, type DemoConfig } from './demo-config';

const featureInputs = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLInputElement>('input[data-feature-index]')].sort(
    (a, b) => Number(a.dataset.featureIndex) - Number(b.dataset.featureIndex),
  );

const afterLoad = (f: () => void) =>
  document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', f, { once: true }) : setTimeout(f);

/**
 * Puts a shared URL's inputs and provider into the demo's fields. Call before the demo mounts,
 * so its first run is the shared one; sliders and the dE/dx marker follow once the page is loaded.
 */
export function restoreDemoUrlState(root: HTMLElement): void {
  const config = readJsonAttribute<DemoConfig>(root, 'data-demo-config');
  const state = readDemoUrlState(location.search, config.featureCount);
  if (state.provider) {
    const radio = root.querySelector<HTMLInputElement>(`input[name="provider"][value="${state.provider}"]`);
    if (radio) radio.checked = true;
  }
  if (!state.inputs) return;
  const inputs = featureInputs(root);
  state.inputs.forEach((v, i) => {
    if (inputs[i]) inputs[i].value = String(v);
  });
  if (state.preset) root.dataset.urlPreset = state.preset;
  afterLoad(() => root.dispatchEvent(new CustomEvent('demo:inputs-set')));
}

/** Keeps the URL in step with the demo (history.replaceState: no history entry per keystroke). */
export function trackDemoUrlState(root: HTMLElement): void {
  const inputs = featureInputs(root);
  let preset: string | undefined = root.dataset.urlPreset;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const write = () => {
    const provider = root.querySelector<HTMLInputElement>('input[name="provider"]:checked')?.value as
      DemoUrlState['provider'] | undefined;
    const values = inputs.map((input) => Number(input.value));
    const state: DemoUrlState = {
      ...(provider ? { provider } : {}),
      ...(values.every(Number.isFinite) ? { inputs: values } : {}),
      ...(preset ? { preset } : {}),
    };
    const next = writeDemoUrlState(location.href, state);
    if (next !== location.href) history.replaceState(history.state, '', next);
  };
  // A slider drag fires many input events: write once it settles.
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(write, 150);
  };

  let clickedPreset: string | undefined;
  document.addEventListener(
    'click',
    (event) => {
      const button = (event.target as Element).closest<HTMLElement>('[data-set-inputs]');
      clickedPreset = button ? button.dataset.preset : undefined;
    },
    { capture: true },
  );
  root.addEventListener('input', (event) => {
    if ((event.target as HTMLElement).dataset.featureIndex === undefined) return;
    preset = undefined;
    soon();
  });
  root.addEventListener('demo:inputs-set', () => {
    if (clickedPreset !== undefined) preset = clickedPreset;
    clickedPreset = undefined;
    soon();
  });
  root.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).name === 'provider') soon();
  });
}
