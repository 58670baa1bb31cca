import type * as Ort from 'onnxruntime-web';
import { benchmarkRuns, formatMs, releaseSession, timedRun } from '../ort/inference';
import { PROVIDER_LABELS, loadOrt, probeWebGpu, startSession, type OrtModule, type Provider } from '../ort/runtime';
import { comparisonSummary } from '../../lib/demos/comparison-summary';
import { describeRunFailure, failureSummary } from '../../lib/onnx-view/run-failure';
import { inputsKey, readJsonAttribute } from './demo-config';
import type { DemoRanDetail } from './demo-runner';

/** One model of the comparison, as the page writes it into `data-variants`. */
export interface ComparisonVariant {
  slug: string;
  url: string;
  inputName: string;
  featureCount: number;
  /** Computes in float16: needs a WebGPU adapter with shader-f16. */
  float16: boolean;
  /** Why WebGPU would compute this model wrongly (a known onnxruntime-web bug), or null. */
  webGpuIssue: string | null;
}

interface VariantState {
  variant: ComparisonVariant;
  row: HTMLElement;
  session?: Promise<{ session: Ort.InferenceSession; provider: Provider; note: string }>;
}

/**
 * Runs every variant on the inputs and provider the main demo just used, and shows each one's
 * output, its difference from the first (fp32) variant and its latency.
 */
export function mountPrecisionComparison(section: HTMLElement): void {
  const demo = document.querySelector<HTMLElement>('[data-demo]');
  if (!demo) return;
  const classIndex = Number(section.dataset.classIndex ?? 0);
  const status = section.querySelector<HTMLElement>('[data-precision-status]')!;
  const benchButton = section.querySelector<HTMLButtonElement>('[data-precision-bench]')!;
  const states: VariantState[] = readJsonAttribute<ComparisonVariant[]>(section, 'data-variants').map((variant) => ({
    variant,
    row: section.querySelector<HTMLElement>(`[data-variant="${CSS.escape(variant.slug)}"]`)!,
  }));
  let provider: Provider | undefined;
  let latest: number[] | undefined;
  let busy: Promise<void> = Promise.resolve();

  const cell = (state: VariantState, name: string) => state.row.querySelector<HTMLElement>(`[data-variant-${name}]`)!;

  async function sessionOf(ort: OrtModule, state: VariantState, wanted: Provider) {
    state.session ??= (async () => {
      const response = await fetch(state.variant.url);
      if (!response.ok) throw new Error(`${state.variant.url} answered HTTP ${response.status}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      const webGpu = await probeWebGpu();
      // A float16 model on a GPU without shader-f16, or a model a WebGPU kernel is known to get
      // wrong, runs on WASM instead, and the row says why.
      const knownBad = wanted === 'webgpu' ? state.variant.webGpuIssue : null;
      const choice = knownBad
        ? 'wasm'
        : wanted === 'webgpu' && state.variant.float16 && !webGpu.shaderF16
          ? 'auto'
          : wanted;
      const started = await startSession(ort, bytes, choice, webGpu, { float16: state.variant.float16 });
      const why = knownBad ?? started.attempts.map((a) => a.error).join('; ');
      const note = started.provider === wanted ? '' : ` on ${PROVIDER_LABELS[started.provider]}: ${why}`;
      return { session: started.session, provider: started.provider, note };
    })();
    const pending = state.session;
    pending.catch(() => {
      if (state.session === pending) state.session = undefined;
    });
    return pending;
  }

  const feedsOf = (ort: OrtModule, variant: ComparisonVariant, values: number[]) => ({
    [variant.inputName]: new ort.Tensor('float32', Float32Array.from(values), [1, variant.featureCount]),
  });

  async function compare(values: number[], wanted: Provider): Promise<void> {
    const ort = await loadOrt();
    if (wanted !== provider) {
      await Promise.all(states.map((s) => s.session?.then((x) => releaseSession(x.session)).catch(() => undefined)));
      states.forEach((s) => (s.session = undefined));
      provider = wanted;
    }
    let reference: number | undefined;
    for (const state of states) {
      try {
        const { session, provider: ran, note } = await sessionOf(ort, state, wanted);
        const { outputs, ms } = await timedRun(session, feedsOf(ort, state.variant, values));
        const value = (outputs.probabilities!.data as Float32Array)[classIndex]!;
        reference ??= value;
        cell(state, 'value').textContent = value.toFixed(4);
        cell(state, 'diff').textContent = Math.abs(value - reference).toExponential(1);
        cell(state, 'latency').textContent = `${formatMs(ms)}${note}`;
        state.row.dataset.value = String(value);
        state.row.dataset.provider = ran;
        delete state.row.dataset.error;
      } catch (error) {
        // A node ORT blamed is named ("AveragePool (node p) failed on WebGPU: …"); other errors as they are.
        const failure = describeRunFailure(error);
        const why = failure.op ? failureSummary(failure, PROVIDER_LABELS[wanted]) : failure.message;
        cell(state, 'value').textContent = `did not run: ${why}`;
        state.row.dataset.error = 'true';
        delete state.row.dataset.provider;
        // A failed session is not reused: it is released, and the next comparison starts a new one.
        const failed = state.session;
        state.session = undefined;
        await failed?.then((s) => releaseSession(s.session)).catch(() => undefined);
      }
    }
    section.dataset.inputs = inputsKey(values);
    section.dataset.provider = wanted;
    status.textContent = comparisonSummary(
      states.map(({ variant, row }) => ({
        slug: variant.slug,
        provider: row.dataset.provider as Provider | undefined,
        ...(row.dataset.error ? { error: 'did not run' } : {}),
      })),
      wanted,
    );
    benchButton.disabled = false;
  }

  const fail = (error: unknown) => {
    status.textContent = `The comparison stopped: ${error instanceof Error ? error.message : String(error)}`;
    benchButton.disabled = false;
  };

  demo.addEventListener('demo:ran', (event) => {
    const { inputs, provider: ran } = (event as CustomEvent<DemoRanDetail>).detail;
    latest = inputs;
    busy = busy.then(() => (latest === inputs ? compare(inputs, ran) : undefined)).catch(fail);
  });

  benchButton.addEventListener('click', () => {
    benchButton.disabled = true;
    busy = busy
      .then(async () => {
        const ort = await loadOrt();
        if (!latest || !provider) return;
        for (const state of states) {
          if (!state.session) continue;
          const { session } = await state.session;
          const summary = await benchmarkRuns(session, feedsOf(ort, state.variant, latest), { runs: 1000 });
          cell(state, 'latency').textContent = `p50 ${formatMs(summary.p50Ms)}, p99 ${formatMs(summary.p99Ms)}`;
          state.row.dataset.p50 = String(summary.p50Ms);
        }
        status.textContent = `1,000 runs of each variant, each on the provider it ran on above: latency column shows p50 and p99.`;
        benchButton.disabled = false;
      })
      .catch(fail);
  });
}
