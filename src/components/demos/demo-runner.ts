import type * as Ort from 'onnxruntime-web';
import { benchmarkRuns, formatMs, releaseSession, timedRun } from '../ort/inference';
import { describeRunFailure, failureSummary } from '../../lib/onnx-view/run-failure';
import {
  PROVIDER_LABELS,
  ProviderError,
  loadOrt,
  probeWebGpu,
  startSession,
  wasmThreads,
  type OrtModule,
  type Provider,
  type ProviderChoice,
  type WebGpuProbe,
} from '../ort/runtime';
import type { DemoBenchmark } from '../benchmarks/community-submit';
import { HUB_MIN_DURATION_MS } from '../../lib/benchmarks/validity';
import { inputsKey, readJsonAttribute, type DemoConfig } from './demo-config';
import { predict, renderPrediction } from './demo-output';
import { mountLoadGate } from './demo-load';
import { fetchJoined } from '../ort/fetch-parts';

/**
 * "Run 1,000 inferences" runs at least this many, and for at least the hub's minimum duration
 * (HUB_MIN_DURATION_MS), so a result a visitor submits is long enough to count as valid.
 */
export const BENCH_RUNS = 1000;

/** What a demo tells listeners (e.g. the precision comparison) after each inference. */
export interface DemoRanDetail {
  inputs: number[];
  provider: Provider;
}

interface Started {
  ort: OrtModule;
  session: Ort.InferenceSession;
  provider: Provider;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

function q<T extends Element>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`demo markup lacks ${selector}`);
  return el;
}

/** The page's provider choice: ?provider=wasm|webgpu in the URL preselects it. */
function initialChoice(root: HTMLElement): ProviderChoice {
  const wanted = new URLSearchParams(location.search).get('provider');
  const radio = root.querySelector<HTMLInputElement>(`input[name="provider"][value="${CSS.escape(wanted ?? '')}"]`);
  if (radio) radio.checked = true;
  return (root.querySelector<HTMLInputElement>('input[name="provider"]:checked')?.value ?? 'auto') as ProviderChoice;
}

/**
 * The demo island: loads the runtime and the model, runs one inference per input change on the
 * chosen provider (reporting which ran and how long it took), and times 1,000 runs on request.
 */
export function mountDemo(root: HTMLElement): void {
  const config = readJsonAttribute<DemoConfig>(root, 'data-demo-config');
  const status = q<HTMLElement>(root, '[data-demo-status]');
  const errorBox = q<HTMLElement>(root, '[data-demo-error]');
  const result = q<HTMLElement>(root, '[data-demo-result]');
  const runtimeInfo = q<HTMLElement>(root, '[data-runtime-info]');
  const benchButton = q<HTMLButtonElement>(root, '[data-run-many]');
  const benchProgress = q<HTMLProgressElement>(root, '[data-run-many-progress]');
  const benchResult = q<HTMLElement>(root, '[data-bench-result]');
  const inputs = [...root.querySelectorAll<HTMLInputElement>('input[data-feature-index]')].sort(
    (a, b) => Number(a.dataset.featureIndex) - Number(b.dataset.featureIndex),
  );

  let choice = initialChoice(root);
  let webGpu: WebGpuProbe | undefined;
  let modelBytes: Promise<Uint8Array> | undefined;
  let current: Promise<Started> | undefined;
  const timedSessions = new WeakSet<Ort.InferenceSession>();
  const wasmButton = q<HTMLButtonElement>(root, '[data-run-wasm]');
  // The wrapper is what hides: `button`'s display outranks the `hidden` attribute.
  const wasmOffer = q<HTMLElement>(root, '[data-run-wasm-offer]');
  /** The provider of the session the latest run used (or tried to start on). */
  let runningOn: Provider | undefined;
  let running = false;
  let pending = false;

  root.dataset.crossOriginIsolated = String(globalThis.crossOriginIsolated === true);
  root.querySelectorAll<HTMLElement>('[data-needs-js]').forEach((el) => (el.hidden = false));
  root.querySelectorAll<HTMLElement>('[data-no-js]').forEach((el) => (el.hidden = true));
  document
    .querySelectorAll<HTMLInputElement | HTMLButtonElement>('[data-enable-with-js]')
    .forEach((el) => (el.disabled = false));

  const readInputs = () => inputs.map((input) => Number(input.value));

  /**
   * Shows why the model did not run. A failure on WebGPU (while running, or while starting when
   * WebGPU was chosen) names the node ORT blamed and offers the same inputs on WASM.
   */
  function showError(error: unknown) {
    const onWebGpu =
      runningOn === 'webgpu' ||
      (runningOn === undefined &&
        error instanceof ProviderError &&
        error.attempts.some((a) => a.provider === 'webgpu'));
    const message =
      runningOn === 'webgpu'
        ? failureSummary(describeRunFailure(error), PROVIDER_LABELS.webgpu)
        : error instanceof Error
          ? error.message
          : String(error);
    const advice =
      error instanceof ProviderError
        ? error.advice
        : onWebGpu
          ? 'Its WebGPU session was released, so other models on this page still run on WebGPU; this one can run on the CPU instead.'
          : '';
    q<HTMLElement>(errorBox, '[data-error-message]').textContent = message;
    q<HTMLElement>(errorBox, '[data-error-advice]').textContent = advice;
    errorBox.hidden = false;
    wasmOffer.hidden = !(onWebGpu && choice !== 'wasm');
    status.textContent = onWebGpu
      ? 'The model could not run on WebGPU in this browser.'
      : 'The model could not run in this browser.';
    root.dataset.state = 'error';
    if (onWebGpu) root.dataset.failedOn = 'webgpu';
  }

  /** Drops the session after a failure: it is released, and the next run starts a new one. */
  async function dropSession(): Promise<void> {
    const failed = current;
    current = undefined;
    await failed?.then((s) => releaseSession(s.session)).catch(() => undefined);
  }

  function loadModel(): Promise<Uint8Array> {
    modelBytes ??= fetchJoined([config.modelUrl], (loaded) => gate.progress('model', loaded));
    modelBytes.catch(() => (modelBytes = undefined));
    return modelBytes;
  }

  async function start(): Promise<Started> {
    errorBox.hidden = true;
    wasmOffer.hidden = true;
    delete root.dataset.failedOn;
    runningOn = undefined;
    root.dataset.state = 'loading';
    status.textContent = 'Checking for WebGPU…';
    webGpu ??= await probeWebGpu();
    status.textContent = 'Loading the ONNX runtime from this hub…';
    const ort = await loadOrt((loaded, total) => {
      status.textContent = `Loading the ONNX runtime from this hub: ${mb(loaded)}${total ? ` of ${mb(total)}` : ''} MB…`;
      gate.progress('runtime', loaded);
    });
    status.textContent = 'Loading the model…';
    const bytes = await loadModel();
    status.textContent = `Starting a session (${choice === 'auto' ? 'automatic provider' : PROVIDER_LABELS[choice]})…`;
    const started = await startSession(ort, bytes, choice, webGpu);
    const fellBack = started.attempts
      .map((a) => `${PROVIDER_LABELS[a.provider]} did not start (${a.error})`)
      .join('; ');
    const gpu = started.provider === 'webgpu' ? ` · adapter: ${webGpu.detail}` : '';
    runtimeInfo.textContent =
      `Provider: ${PROVIDER_LABELS[started.provider]}${gpu} · WASM threads: ${wasmThreads(ort)} · ` +
      `cross-origin isolated: ${globalThis.crossOriginIsolated ? 'yes' : 'no'}${fellBack ? ` · ${fellBack}` : ''}`;
    runtimeInfo.dataset.provider = started.provider;
    gate.done();
    benchButton.disabled = false;
    root.dataset.state = 'ready';
    return { ort, session: started.session, provider: started.provider };
  }

  async function runOnce(): Promise<void> {
    const values = readInputs();
    if (values.some((v) => !Number.isFinite(v))) {
      status.textContent = 'Enter a number in every field.';
      return;
    }
    const { ort, session, provider } = await (current ??= start());
    runningOn = provider;
    const feeds = {
      [config.inputName]: new ort.Tensor('float32', Float32Array.from(values), [1, config.featureCount]),
    };
    const { outputs, ms } = await timedRun(session, feeds);
    const prediction = predict(config, outputs[config.outputName]!.data as Float32Array);
    renderPrediction(root, config, prediction);
    Object.assign(result.dataset, { inputs: inputsKey(values), predicted: prediction.label, provider });
    // The first run of a session also compiles kernels (shaders on WebGPU): say so next to its time.
    const first = timedSessions.has(session) ? '' : ' (first run, includes warm-up)';
    timedSessions.add(session);
    status.textContent = `Ran on ${PROVIDER_LABELS[provider]} in ${formatMs(ms)}${first}: ${prediction.label}.`;
    root.dispatchEvent(new CustomEvent<DemoRanDetail>('demo:ran', { detail: { inputs: values, provider } }));
  }

  /** Coalesces bursts of input events (dragging a slider) into one run at a time, with the latest values. */
  async function requestRun(): Promise<void> {
    if (running) {
      pending = true;
      return;
    }
    running = true;
    try {
      do {
        pending = false;
        await runOnce();
      } while (pending);
    } catch (error) {
      showError(error);
      await dropSession();
    } finally {
      running = false;
    }
  }

  async function runMany(): Promise<void> {
    benchButton.disabled = true;
    benchProgress.hidden = false;
    benchProgress.value = 0;
    benchResult.textContent = `Running at least ${BENCH_RUNS.toLocaleString('en-US')} inferences for at least ${HUB_MIN_DURATION_MS / 1000} s…`;
    try {
      const { ort, session, provider } = await (current ??= start());
      runningOn = provider;
      const values = readInputs();
      const feeds = {
        [config.inputName]: new ort.Tensor('float32', Float32Array.from(values), [1, config.featureCount]),
      };
      const summary = await benchmarkRuns(
        session,
        feeds,
        { runs: BENCH_RUNS, minDurationMs: HUB_MIN_DURATION_MS },
        (_, fraction) => {
          benchProgress.value = Math.round(fraction * 100);
        },
      );
      benchResult.textContent =
        `${PROVIDER_LABELS[provider]}, ${summary.count.toLocaleString('en-US')} runs in ${(summary.durationMs / 1000).toFixed(2)} s: p50 ${formatMs(summary.p50Ms)}, ` +
        `p99 ${formatMs(summary.p99Ms)} (mean ${formatMs(summary.meanMs)}, min ${formatMs(summary.minMs)}, max ${formatMs(summary.maxMs)}).`;
      Object.assign(benchResult.dataset, {
        p50: String(summary.p50Ms),
        p99: String(summary.p99Ms),
        count: String(summary.count),
        provider,
      });
      // Offers the run to the benchmark hub ("Submit my result", SubmitResult.astro).
      root.dispatchEvent(
        new CustomEvent<DemoBenchmark>('demo:benchmarked', {
          detail: {
            provider,
            ortVersion: ort.env.versions.web ?? ort.env.versions.common,
            batchSize: 1,
            warmupRuns: summary.warmupRuns,
            samplesMs: summary.samplesMs,
            durationMs: summary.durationMs,
            ...(provider === 'wasm' ? { wasmThreads: wasmThreads(ort) } : {}),
            inputDescription: `the demo's inputs: ${values.join(', ')}`,
          },
        }),
      );
    } catch (error) {
      benchResult.textContent = '';
      showError(error);
      await dropSession();
    } finally {
      benchButton.disabled = false;
    }
  }

  root.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.name === 'provider') return;
    // Before the visitor loads the model, inputs only change the form.
    if (target.dataset.featureIndex !== undefined && gate.requested) void requestRun();
  });
  root.addEventListener('change', async (event) => {
    const target = event.target as HTMLInputElement;
    if (target.name !== 'provider') return;
    choice = target.value as ProviderChoice;
    if (!gate.requested) return;
    const previous = current;
    current = undefined;
    benchButton.disabled = true;
    benchResult.textContent = '';
    delete benchResult.dataset.p50;
    await previous?.then((s) => releaseSession(s.session)).catch(() => undefined);
    void requestRun();
  });
  // Example and preset buttons may sit anywhere on the page (e.g. the known-examples table).
  document.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-set-inputs]');
    const owner = button?.closest('[data-demo]');
    if (!button || (owner && owner !== root)) return;
    const values = JSON.parse(button.dataset.setInputs!) as number[];
    values.forEach((v, i) => {
      if (inputs[i]) inputs[i].value = String(v);
    });
    inputs[0]?.dispatchEvent(new Event('input', { bubbles: true }));
    root.dispatchEvent(new CustomEvent('demo:inputs-set'));
  });
  benchButton.addEventListener('click', () => void runMany());
  // After a failed WebGPU run: pick WASM (the URL follows, demo-url-sync.ts) and run the same inputs.
  wasmButton.addEventListener('click', () => {
    const wasm = root.querySelector<HTMLInputElement>('input[name="provider"][value="wasm"]');
    if (!wasm) return;
    wasm.checked = true;
    wasmOffer.hidden = true;
    wasm.dispatchEvent(new Event('change', { bubbles: true }));
    wasm.focus();
  });
  // Nothing heavy loads until the visitor asks (src/components/demos/demo-load.ts).
  const gate = mountLoadGate(root, () => void requestRun());
  status.textContent = 'Load the model to run it in this browser.';
}
