import { CAMPAIGN_PARAMS as P, EXTRA_PARAMS as X, PROVIDER_CHOICES } from '../lib/costs/campaign-url';
import { escapeHtml as h } from './escape';
import type { CostFormChoices, CostFormValues } from '../lib/cost-report/form-choices';

/** The /costs/ form as HTML (server render and island alike). */
const PROVIDER_LABEL: Record<(typeof PROVIDER_CHOICES)[number], string> = {
  aws: 'AWS',
  gcp: 'Google Cloud',
  azure: 'Azure',
  'on-prem': 'On-premises (assumed rate)',
};

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';
const many = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? v.split(',') : []);

interface NumberField {
  name: string;
  label: string;
  hint: string;
  min?: number;
  max?: number;
  step: string;
  required?: boolean;
  placeholder?: string;
}

function numberField(f: NumberField, values: CostFormValues): string {
  const attrs = [
    `id="cost-${f.name}"`,
    `name="${f.name}"`,
    'type="number"',
    'inputmode="decimal"',
    `step="${f.step}"`,
    f.min === undefined ? '' : `min="${f.min}"`,
    f.max === undefined ? '' : `max="${f.max}"`,
    f.required ? 'required' : '',
    f.placeholder ? `placeholder="${h(f.placeholder)}"` : '',
    `value="${h(one(values[f.name]))}"`,
    `aria-describedby="cost-${f.name}-hint"`,
  ].filter(Boolean);
  return `<div class="field"><label for="cost-${f.name}">${h(f.label)}</label><input ${attrs.join(' ')} /><p class="hint" id="cost-${f.name}-hint">${h(f.hint)}</p></div>`;
}

function selectField(
  name: string,
  label: string,
  hint: string,
  options: [value: string, text: string][],
  selected: string,
): string {
  const opts = options
    .map(([v, t]) => `<option value="${h(v)}"${v === selected ? ' selected' : ''}>${h(t)}</option>`)
    .join('');
  return `<div class="field"><label for="cost-${name}">${h(label)}</label><select id="cost-${name}" name="${name}" aria-describedby="cost-${name}-hint">${opts}</select><p class="hint" id="cost-${name}-hint">${h(hint)}</p></div>`;
}

/** Adds the current value to a list of choices when the list lacks it, so a shared URL never loses it. */
const withValue = (list: string[], value: string) => (value && !list.includes(value) ? [...list, value] : list);

export function renderCostForm(values: CostFormValues, choices: CostFormChoices): string {
  const gpu = one(values[P.gpuType]);
  const providers = many(values[X.providers]).map((p) => p.split(':')[0]);
  const checked = (p: string) => providers.length === 0 || providers.includes(p);
  const onPrem = choices.onPrem;
  const current = choices.versions.find((v) => v.id === choices.currentVersionId);

  const training = [
    numberField(
      {
        name: P.datasetTb,
        label: 'Dataset size (TB)',
        hint: '1 TB = 1024 GB, as the clouds bill.',
        min: 0,
        step: 'any',
        required: true,
      },
      values,
    ),
    selectField(
      P.gpuType,
      'GPU type',
      'As named in the price table.',
      withValue(choices.gpuTypes, gpu).map((g) => [g, g]),
      gpu,
    ),
    numberField(
      {
        name: P.gpusPerJob,
        label: 'GPUs per job',
        hint: 'On one machine where an instance holds them.',
        min: 1,
        max: 64,
        step: '1',
        required: true,
      },
      values,
    ),
    numberField(
      {
        name: P.hoursPerJob,
        label: 'Hours per job',
        hint: 'Wall-clock hours of one training run.',
        min: 0,
        step: 'any',
        required: true,
      },
      values,
    ),
    numberField(
      { name: P.jobs, label: 'Jobs', hint: 'Hyper-parameter trials × retrainings.', min: 1, step: '1', required: true },
      values,
    ),
    numberField(
      {
        name: P.spotShare,
        label: 'Spot share (0–1)',
        hint: 'Share of GPU hours bought as spot / preemptible.',
        min: 0,
        max: 1,
        step: '0.05',
      },
      values,
    ),
  ];
  const data = [
    numberField(
      {
        name: P.egressCount,
        label: 'Egress (× dataset)',
        hint: 'How many times the dataset leaves the cloud.',
        min: 0,
        step: 'any',
      },
      values,
    ),
    numberField(
      {
        name: P.egressMonths,
        label: 'Egress spread over (months)',
        hint: 'Tiers restart each billing month.',
        min: 1,
        max: 120,
        step: '1',
      },
      values,
    ),
    numberField(
      {
        name: P.ingressCount,
        label: 'Ingress (× dataset)',
        hint: 'Uploads into the cloud (free at list price).',
        min: 0,
        step: 'any',
      },
      values,
    ),
    numberField(
      {
        name: P.storageMonths,
        label: 'Storage (months)',
        hint: 'How long the dataset stays in object storage.',
        min: 0,
        max: 120,
        step: 'any',
      },
      values,
    ),
    selectField(
      P.storageClass,
      'Storage class',
      'Object storage class.',
      withValue(choices.storageClasses, one(values[P.storageClass])).map((c) => [c, c]),
      one(values[P.storageClass]),
    ),
  ];
  const providerChecks = PROVIDER_CHOICES.map(
    (p) =>
      `<label><input type="checkbox" name="${X.providers}" value="${p}"${checked(p) ? ' checked' : ''} /> ${h(PROVIDER_LABEL[p])}</label>`,
  ).join('');
  // A placeholder is no rate: the field asks for the site's figure instead of offering it as a default.
  const rate = (x: number | undefined) =>
    x === undefined ? 'hub default' : onPrem?.placeholder ? `placeholder: ${x}` : `hub default: ${x}`;
  const compare = [
    numberField(
      {
        name: X.onPremGpuHour,
        label: 'On-prem $ per GPU-hour',
        hint: onPrem?.placeholder
          ? `Enter your site's cost per GPU-hour. Empty: a placeholder of $${onPrem.usdPerGpuHour}, shown but not ranked.`
          : `An assumption. Empty: ${onPrem ? onPrem.source : "the hub's configured rate"}.`,
        min: 0,
        step: 'any',
        placeholder: rate(onPrem?.usdPerGpuHour),
      },
      values,
    ),
    numberField(
      {
        name: X.onPremTbMonth,
        label: 'On-prem $ per TB-month',
        hint: onPrem?.placeholder
          ? `Enter your site's storage cost per TB-month. Empty: a placeholder of $${onPrem.usdPerTbMonth}.`
          : 'An assumption, like the GPU-hour rate.',
        min: 0,
        step: 'any',
        placeholder: rate(onPrem?.usdPerTbMonth),
      },
      values,
    ),
    selectField(
      X.version,
      'Price version',
      'List prices change; older versions reproduce older estimates.',
      [
        ['', `current${current ? ` (${current.id})` : ''}`],
        ...choices.versions.map((v): [string, string] => [v.id, `${v.id}, effective ${v.effectiveDate}`]),
      ],
      one(values[X.version]),
    ),
  ];
  const advanced = [
    selectField(
      P.spotPrice,
      'Spot price in a zone range',
      'Spot prices vary by zone.',
      [
        ['max', 'highest (any zone)'],
        ['min', 'lowest (best zone)'],
      ],
      one(values[P.spotPrice]) || 'max',
    ),
    selectField(
      P.placement,
      'Placement',
      'Whether a job may span machines.',
      [
        ['single-node', 'one machine per job'],
        ['cheapest', 'cheapest, may span machines'],
      ],
      one(values[P.placement]) || 'single-node',
    ),
    selectField(
      P.networkTier,
      'GCP network tier',
      'Egress price ladder on Google Cloud.',
      [
        ['premium', 'premium'],
        ['standard', 'standard'],
      ],
      one(values[P.networkTier]) || 'premium',
    ),
  ];
  const from = one(values[X.from]);
  return (
    '<form action="/costs/" method="get" class="cost-form" data-cost-form>' +
    `<fieldset><legend>Training campaign</legend><div class="cost-fields">${training.join('')}</div></fieldset>` +
    `<fieldset><legend>Data</legend><div class="cost-fields">${data.join('')}</div></fieldset>` +
    `<fieldset><legend>Compare</legend><div class="checks cost-providers">${providerChecks}</div><div class="cost-fields">${compare.join('')}</div>` +
    `<details class="cost-advanced"><summary>More assumptions</summary><div class="cost-fields">${advanced.join('')}</div></details></fieldset>` +
    (from ? `<input type="hidden" name="${X.from}" value="${h(from)}" />` : '') +
    '<p><button type="submit">Estimate</button> <span class="muted small" data-cost-status aria-live="polite"></span></p>' +
    '</form>'
  );
}
