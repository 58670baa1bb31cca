import { renderEstimate, renderEstimateProblem } from '../html/cost-estimate';
import { problemOfApiError } from '../lib/cost-report/estimate-problem';
import { EXTRA_PARAMS, PROVIDER_CHOICES, readCostQuery } from '../lib/costs/campaign-url';
import type { Estimate } from '../lib/costs/estimate-types';
import { DEFAULT_FORM_VALUES } from '../lib/cost-report/form-choices';
import { createCostChart } from './cost-chart';
import { makeSortable } from './sortable-table';

/** The form as URL parameters: empty and default values left out (all providers ticked is the default). */
export function formParams(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams();
  const data = new FormData(form);
  for (const [key, value] of data) {
    if (key === EXTRA_PARAMS.providers || typeof value !== 'string') continue;
    const text = value.trim();
    if (text !== '' && text !== DEFAULT_FORM_VALUES[key]) params.append(key, text);
  }
  const providers = data.getAll(EXTRA_PARAMS.providers).map(String);
  if (providers.length < PROVIDER_CHOICES.length) for (const p of providers) params.append(EXTRA_PARAMS.providers, p);
  return params;
}

/** Puts URL parameters into the form: for a statically served page that no server filled in. */
export function fillForm(form: HTMLFormElement, params: URLSearchParams): void {
  for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name], select[name]')) {
    if (el instanceof HTMLInputElement && el.type === 'checkbox') {
      const wanted = params
        .getAll(el.name)
        .flatMap((v) => v.split(','))
        .map((v) => v.split(':')[0]);
      el.checked = wanted.length === 0 || wanted.includes(el.value);
    } else if (params.has(el.name)) {
      el.value = params.get(el.name) ?? '';
    }
  }
}

interface ApiErrorBody {
  error?: { message?: string; details?: unknown };
}

/**
 * The live cost estimator: as you type, the URL follows the form and the estimate comes from
 * the API (debounced), rendered by the same code as the server-side page, with a chart.
 */
export function startCostEstimator(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-cost-form]');
  const results = root.querySelector<HTMLElement>('[data-cost-results]');
  const figure = root.querySelector<HTMLElement>('[data-cost-chart-figure]');
  const canvas = figure?.querySelector('canvas');
  if (!form || !results || !figure || !canvas) return;
  const status = form.querySelector<HTMLElement>('[data-cost-status]');
  const chart = createCostChart(canvas);
  let controller: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const show = (estimate: Estimate | null) => {
    for (const table of results.querySelectorAll<HTMLTableElement>('table[data-sortable]')) makeSortable(table);
    figure.hidden = estimate === null;
    if (estimate) chart.draw(estimate);
  };

  const run = async () => {
    const params = formParams(form);
    history.replaceState(null, '', `/costs/${params.size ? `?${params}` : ''}`);
    controller?.abort();
    if (params.getAll(EXTRA_PARAMS.providers).length === 0 && !form.querySelector('input[name="providers"]:checked')) {
      results.innerHTML = renderEstimateProblem({ message: 'choose at least one option to compare.' });
      return show(null);
    }
    const query = readCostQuery(params);
    controller = new AbortController();
    results.setAttribute('aria-busy', 'true');
    if (status) status.textContent = 'Updating…';
    try {
      const response = await fetch('/api/costs/estimate', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(query.request),
        signal: controller.signal,
      });
      const body = (await response.json()) as Estimate & ApiErrorBody;
      if (response.ok) {
        results.innerHTML = renderEstimate(body, { from: query.from });
        show(body);
      } else {
        results.innerHTML = renderEstimateProblem(problemOfApiError(body.error, response.status));
        show(null);
      }
      if (status) status.textContent = '';
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      if (status) status.textContent = 'Could not reach the estimator; the figures below may be out of date.';
    } finally {
      results.removeAttribute('aria-busy');
    }
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  };
  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });

  // The server-rendered estimate carries its JSON: draw the chart without asking again.
  const embedded = results.querySelector<HTMLScriptElement>('script[data-cost-estimate-json]');
  if (embedded?.textContent) return show(JSON.parse(embedded.textContent) as Estimate);
  if (results.querySelector('[data-cost-placeholder]') && location.search)
    fillForm(form, new URLSearchParams(location.search));
  void run();
}
