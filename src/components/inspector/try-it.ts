import type * as Ort from 'onnxruntime-web';
import { JSEP_KNOWN_ISSUES, type CoverageReport, type InspectReport } from '../../lib/onnx';
import { escapeHtml } from '../../html/escape';
import { planRandomFeeds, symbolicDims, type FeedPlan } from '../../lib/onnx-view/random-feeds';
import { describeRunFailure, failureSummary } from '../../lib/onnx-view/run-failure';
import { benchmarkRuns, formatMs, releaseSession, timedRun } from '../ort/inference';
import {
  PROVIDER_LABELS,
  ProviderError,
  loadOrt,
  probeWebGpu,
  startSession,
  type OrtModule,
  type Provider,
  type ProviderChoice,
} from '../ort/runtime';

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

function describeOutput(name: string, value: Ort.OnnxValue): string {
  const tensor = value as Ort.Tensor;
  const data = tensor.data as ArrayLike<number | bigint | string | boolean>;
  const preview = Array.from({ length: Math.min(6, data?.length ?? 0) }, (_, i) => {
    const v = data[i];
    return typeof v === 'number' ? Number(v.toPrecision(4)) : String(v);
  });
  const more = (data?.length ?? 0) > preview.length ? ', …' : '';
  return `<li><code>${escapeHtml(name)}</code> ${escapeHtml(tensor.type ?? '?')} [${(tensor.dims ?? []).join(', ')}]: ${escapeHtml(preview.join(', '))}${more}</li>`;
}

/**
 * "Try it": runs the inspected model on random inputs in this browser. Symbolic dimensions get the
 * values typed in the form (default 1); the visitor picks the provider.
 */
export class ModelTrial {
  private started: Promise<{ ort: OrtModule; session: Ort.InferenceSession; provider: Provider }> | undefined;
  /** The inputs of the last run, so "Run on WASM (CPU) instead" reruns exactly those. */
  private lastFeeds: FeedPlan | undefined;
  private readonly wasmButton: HTMLButtonElement;
  private bytes: Uint8Array | undefined;
  private report: InspectReport | undefined;
  /** Known-wrong WebGPU kernels this model uses (from the coverage notes). */
  private webGpuIssues: string[] = [];

  constructor(private readonly root: HTMLElement) {
    root.querySelector<HTMLButtonElement>('[data-try-run]')!.addEventListener('click', () => void this.run(1));
    // Offered after a failed WebGPU run (issue 16): the same inputs on the CPU.
    // A plain block: `button` and `.toolbar` styles set a display that outranks the `hidden` attribute.
    const offer = document.createElement('div');
    offer.className = 'try-wasm-offer';
    offer.hidden = true;
    this.wasmButton = document.createElement('button');
    this.wasmButton.type = 'button';
    this.wasmButton.className = 'button';
    this.wasmButton.dataset.tryWasm = '';
    this.wasmButton.textContent = 'Run on WASM (CPU) instead';
    this.wasmButton.addEventListener('click', () => void this.rerunOnWasm());
    offer.append(this.wasmButton);
    root.querySelector('[data-try-error]')!.after(offer);
    root.querySelector<HTMLButtonElement>('[data-try-bench]')!.addEventListener('click', () => void this.run(100));
    root.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).name === 'try-provider') void this.reset();
    });
  }

  private el<T extends HTMLElement>(selector: string): T {
    return this.root.querySelector<T>(selector)!;
  }

  /**
   * Prepares the form for a newly inspected model. Everything but the release of the previous
   * session happens at once, so a click right after the report appears runs the new model.
   */
  async load(bytes: Uint8Array, report: InspectReport, coverage: CoverageReport): Promise<void> {
    const released = this.reset();
    this.bytes = bytes;
    this.report = report;
    const known = Object.values(JSEP_KNOWN_ISSUES);
    this.webGpuIssues = (coverage.engines.find((e) => e.engine === 'ort-web-webgpu')?.notes ?? []).filter((n) =>
      known.includes(n),
    );
    const dims = symbolicDims(report.inputs);
    this.el('[data-try-dims]').innerHTML =
      dims.length === 0
        ? '<p class="small muted">Every input dimension is fixed in the model.</p>'
        : dims
            .map(
              (d, i) =>
                `<div class="field"><label for="try-dim-${i}">Dimension <code>${escapeHtml(d)}</code></label>` +
                `<input type="number" id="try-dim-${i}" min="0" max="65536" step="1" value="1" data-dim-name="${escapeHtml(d)}" /></div>`,
            )
            .join('');
    const external = report.initializers.externalCount > 0;
    this.el('[data-try-status]').textContent = external
      ? 'This model keeps weights in external data files, which the browser trial cannot read: run it with onnxruntime on your machine.'
      : 'Random inputs: floats uniform in [−1, 1), integers 0–3, booleans at random.';
    this.el<HTMLButtonElement>('[data-try-run]').disabled = external;
    this.el<HTMLButtonElement>('[data-try-bench]').disabled = true;
    this.el('[data-try-result]').innerHTML = '';
    this.el('[data-try-error]').hidden = true;
    this.showWasmOffer(false);
    this.lastFeeds = undefined;
    delete this.root.dataset.tryState;
    await released;
  }

  private showWasmOffer(show: boolean): void {
    this.wasmButton.parentElement!.hidden = !show;
  }

  /** After a failed WebGPU run: picks WASM in the form and runs the same inputs again. */
  private async rerunOnWasm(): Promise<void> {
    const wasm = this.root.querySelector<HTMLInputElement>('input[name="try-provider"][value="wasm"]');
    if (wasm) wasm.checked = true;
    this.showWasmOffer(false);
    await this.reset();
    await this.run(1, this.lastFeeds);
    this.el<HTMLButtonElement>('[data-try-run]').focus();
  }

  private async reset(): Promise<void> {
    const previous = this.started;
    this.started = undefined;
    await previous?.then((s) => releaseSession(s.session)).catch(() => undefined);
  }

  private bindings(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const input of this.root.querySelectorAll<HTMLInputElement>('[data-dim-name]'))
      out[input.dataset.dimName!] = Number(input.value);
    return out;
  }

  private async run(times: number, reuse?: FeedPlan): Promise<void> {
    const { bytes, report } = this;
    if (!bytes || !report) return;
    const status = this.el('[data-try-status]');
    const errorBox = this.el('[data-try-error]');
    const result = this.el('[data-try-result]');
    const buttons = [this.el<HTMLButtonElement>('[data-try-run]'), this.el<HTMLButtonElement>('[data-try-bench]')];
    buttons.forEach((b) => (b.disabled = true));
    errorBox.hidden = true;
    this.showWasmOffer(false);
    this.root.dataset.tryState = 'running';
    delete this.root.dataset.tryFailedOn;
    const choice = (this.root.querySelector<HTMLInputElement>('input[name="try-provider"]:checked')?.value ??
      'auto') as ProviderChoice;
    let ranOn: Provider | undefined;
    try {
      const plan = reuse ?? planRandomFeeds(report.inputs, this.bindings());
      if (plan.problems.length > 0) throw new Error(plan.problems.join(' '));
      this.lastFeeds = plan;
      this.started ??= (async () => {
        const webGpu = await probeWebGpu();
        status.textContent = 'Loading the ONNX runtime from this hub…';
        const ort = await loadOrt((loaded, total) => {
          status.textContent = `Loading the ONNX runtime from this hub: ${mb(loaded)}${total ? ` of ${mb(total)}` : ''} MB…`;
        });
        status.textContent = 'Starting a session…';
        const float16 =
          [...report.inputs, ...report.outputs].some((v) => v.elemType === 'float16') ||
          report.initializers.byElementType.some((t) => t.elemType === 'float16');
        const started = await startSession(ort, bytes, choice, webGpu, { float16 });
        return { ort, session: started.session, provider: started.provider };
      })();
      const { ort, session, provider } = await this.started;
      ranOn = provider;
      status.textContent = `Running on ${PROVIDER_LABELS[provider]}…`;
      const feeds: Record<string, Ort.Tensor> = {};
      for (const f of plan.feeds) feeds[f.name] = new ort.Tensor(f.type, f.data as never, f.dims);
      const { outputs, ms } = await timedRun(session, feeds);
      const shapes = plan.feeds.map((f) => `${f.name} [${f.dims.join(', ')}]`).join(', ');
      let timing = `Ran on ${PROVIDER_LABELS[provider]} in ${formatMs(ms)} with random ${shapes}.`;
      if (times > 1) {
        const summary = await benchmarkRuns(
          session,
          feeds,
          { runs: times },
          (done) => (status.textContent = `Timing: ${done} of ${times} runs…`),
        );
        timing += ` ${times} more runs: p50 ${formatMs(summary.p50Ms)}, p99 ${formatMs(summary.p99Ms)}.`;
        result.dataset.p50 = String(summary.p50Ms);
      }
      if (provider === 'webgpu' && this.webGpuIssues.length > 0) timing += ` Careful: ${this.webGpuIssues.join(' ')}`;
      status.textContent = timing;
      result.dataset.provider = provider;
      result.dataset.latencyMs = String(ms);
      result.innerHTML = `<p class="small muted">Outputs (first values):</p><ul class="small">${Object.entries(outputs)
        .map(([name, value]) => describeOutput(name, value))
        .join('')}</ul>`;
      buttons.forEach((b) => (b.disabled = false));
      this.root.dataset.tryState = 'ran';
    } catch (error) {
      // Release what is left of a session that failed; the next run starts a new one.
      const failed = this.started;
      this.started = undefined;
      await failed?.then((s) => releaseSession(s.session)).catch(() => undefined);
      // Failed on WebGPU: while running, or while starting when WebGPU was the only choice.
      const onWebGpu =
        ranOn === 'webgpu' ||
        (ranOn === undefined && error instanceof ProviderError && error.attempts.some((a) => a.provider === 'webgpu'));
      const message = error instanceof Error ? error.message : String(error);
      status.textContent = onWebGpu ? 'The model did not run on WebGPU.' : 'The model did not run.';
      errorBox.querySelector('[data-try-error-message]')!.textContent =
        ranOn === 'webgpu' ? failureSummary(describeRunFailure(error), PROVIDER_LABELS.webgpu) : message;
      errorBox.querySelector('[data-try-error-advice]')!.textContent =
        error instanceof ProviderError
          ? error.advice
          : onWebGpu
            ? 'Its WebGPU session was released, so other models on this page still run on WebGPU; this one can run on the CPU instead.'
            : '';
      errorBox.hidden = false;
      this.showWasmOffer(onWebGpu && choice !== 'wasm');
      this.root.dataset.tryState = 'failed';
      if (ranOn) this.root.dataset.tryFailedOn = ranOn;
      buttons[0]!.disabled = false;
    }
  }
}
