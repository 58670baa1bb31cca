import { formatMs, formatThroughput } from '../../lib/benchmarks/format';
import { precisionLabel } from '../../lib/benchmarks/labels';
import { resultPagePath, type BenchmarkResultJson } from '../../lib/benchmarks/result-json';
import { escapeHtml } from '../escape';

type Fact = [label: string, html: string | undefined];

const text = (value: string | number | undefined | null) =>
  value === undefined || value === null || value === '' ? undefined : escapeHtml(String(value));
const code = (value: string | undefined) => (value ? `<code>${escapeHtml(value)}</code>` : undefined);
const ms = (value: number | undefined) => (value === undefined ? undefined : `${formatMs(value)} ms`);
const bytes = (value: number | undefined) =>
  value === undefined ? undefined : `${value.toLocaleString('en-US')} bytes (${(value / 2 ** 20).toFixed(1)} MiB)`;
const link = (href: string, label: string) => `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;

function section(id: string, title: string, facts: Fact[]): string {
  const rows = facts
    .filter((f): f is [string, string] => f[1] !== undefined)
    .map(([label, html]) => `<dt>${escapeHtml(label)}</dt><dd>${html}</dd>`);
  return rows.length
    ? `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(title)}</h2><dl class="facts">${rows.join('')}</dl></section>`
    : '';
}

/** The full environment record of one result, grouped as benchmark-record.md groups it. */
export function recordHtml(r: BenchmarkResultJson): string {
  const { artifact, engine, hardware, software, settings, results, accuracy, validity, provenance } = r;
  const l = results.latencyMs;
  const verdict = validity.valid ? '<span class="badge ok">valid</span>' : '<span class="badge danger">invalid</span>';
  const flags = validity.flags.length
    ? `<ul class="bm-flags">${validity.flags.map((f) => `<li class="${f.severity === 'invalid' ? 'bm-flag-invalid' : 'bm-flag-note'}"><strong>${f.severity === 'invalid' ? 'Invalid' : 'Note'}</strong> (<code>${escapeHtml(f.code)}</code>): ${escapeHtml(f.message)}</li>`).join('')}</ul>`
    : '<p class="muted">No flags: long enough, stable enough.</p>';
  return [
    `<header><h1>${escapeHtml(r.model.name)} <span class="muted">v${r.version}</span></h1>`,
    `<p class="lead">${escapeHtml(r.engineLabel)} on ${escapeHtml(r.hardwareLabel)}, batch ${settings.batchSize}: p50 ${formatMs(l.p50)} ms, ${formatThroughput(results.throughputPerSec)} samples/s ${verdict}${provenance.source === 'community' ? ' <span class="badge warn">community</span>' : ''}</p></header>`,
    r.supersededBy
      ? `<div class="callout warn" data-superseded>This result was corrected: see ${link(resultPagePath(r.supersededBy), r.supersededBy)}.</div>`
      : '',
    `<section aria-labelledby="validity"><h2 id="validity">Validity</h2>${flags}</section>`,
    section('model', 'Model', [
      ['Model version', link(r.links.version, `${r.model.slug} v${r.version}`)],
      ['Artifact', text(artifact.name)],
      ['SHA-256', code(artifact.sha256)],
      ['Precision', text(precisionLabel(artifact))],
      ['ONNX IR version', text(artifact.irVersion)],
      [
        'Opsets',
        artifact.opsets
          ? escapeHtml(
              Object.entries(artifact.opsets)
                .map(([d, v]) => `${d || 'ai.onnx'} ${v}`)
                .join(', '),
            )
          : undefined,
      ],
    ]),
    section('engine', 'Engine', [
      ['Engine', text(`${engine.name} ${engine.version}`)],
      ['Execution provider', text(engine.executionProvider)],
      ['Build variant', text(engine.buildVariant)],
    ]),
    section('hardware', 'Hardware', [
      [
        'CPU',
        hardware.cpu
          ? escapeHtml(
              `${hardware.cpu.model}${hardware.cpu.cores ? `, ${hardware.cpu.cores} logical cores` : ''}${hardware.cpu.architecture ? `, ${hardware.cpu.architecture}` : ''}${hardware.cpu.frequencyMhz ? `, ${hardware.cpu.frequencyMhz} MHz` : ''}`,
            )
          : undefined,
      ],
      ['Memory', bytes(hardware.memoryBytes)],
      [
        'Accelerators',
        hardware.accelerators?.length
          ? escapeHtml(
              hardware.accelerators
                .map(
                  (a) =>
                    `${a.count}× ${a.model} (${a.kind}${a.memoryBytes ? `, ${(a.memoryBytes / 2 ** 30).toFixed(0)} GiB` : ''}${a.driver ? `, driver ${a.driver}` : ''})`,
                )
                .join('; '),
            )
          : undefined,
      ],
      ['Browser', hardware.browser ? escapeHtml(`${hardware.browser.name} ${hardware.browser.version}`) : undefined],
      ['User agent', code(hardware.browser?.userAgent)],
      [
        'WebGPU adapter',
        hardware.webgpuAdapter
          ? escapeHtml(
              [
                hardware.webgpuAdapter.vendor,
                hardware.webgpuAdapter.architecture,
                hardware.webgpuAdapter.device,
                hardware.webgpuAdapter.description,
              ]
                .filter(Boolean)
                .join(' · ') || 'no details',
            ) + (hardware.webgpuAdapter.softwareRendered ? ' <span class="badge warn">software-rendered</span>' : '')
          : undefined,
      ],
      ['Description', text(hardware.description)],
    ]),
    section('software', 'Software', [
      ['OS', text(software.os)],
      ['Kernel', text(software.kernel)],
      ['Runtime', text(software.runtime)],
      ['Container image', code(software.containerImageDigest)],
      [
        'Libraries',
        software.libraries
          ? escapeHtml(
              Object.entries(software.libraries)
                .map(([k, v]) => `${k} ${v}`)
                .join(', '),
            )
          : undefined,
      ],
    ]),
    section('settings', 'Settings', [
      ['Scenario', text(settings.scenario)],
      ['Batch size', text(settings.batchSize)],
      ['Intra-op threads', text(settings.intraOpThreads)],
      ['Inter-op threads', text(settings.interOpThreads)],
      ['Warm-up runs', text(settings.warmupRuns)],
      ['Minimum iterations', text(settings.minIterations)],
      ['Minimum duration', settings.minDurationMs === undefined ? undefined : `${settings.minDurationMs / 1000} s`],
      ['Graph optimisation', text(settings.graphOptimizationLevel)],
      ['Input', text(settings.input?.description)],
      ['Timing', text(settings.timing)],
    ]),
    section('results', 'Results', [
      ['Runs', text(results.iterations.toLocaleString('en-US'))],
      ['Measured for', `${(results.durationMs / 1000).toFixed(3)} s`],
      [
        'Latency min / mean / max',
        escapeHtml(`${formatMs(l.min)} / ${formatMs(l.mean)} / ${l.max === undefined ? '—' : formatMs(l.max)} ms`),
      ],
      [
        'Latency p50 / p90 / p95',
        escapeHtml(`${formatMs(l.p50)} / ${formatMs(l.p90)} / ${l.p95 === undefined ? '—' : formatMs(l.p95)} ms`),
      ],
      ['Latency p99 / p99.9', escapeHtml(`${formatMs(l.p99)} / ${formatMs(l.p999)} ms`)],
      [
        'Spread of single runs (CV)',
        results.latencyCv === undefined ? undefined : `${(results.latencyCv * 100).toFixed(1)} %`,
      ],
      [
        'Stability of the p50 (CV over 10 parts)',
        results.p50StabilityCv === undefined ? undefined : `${(results.p50StabilityCv * 100).toFixed(2)} %`,
      ],
      ['Throughput', `${formatThroughput(results.throughputPerSec)} samples/s`],
      ['Session creation', ms(results.sessionCreateMs)],
      ['First inference', ms(results.firstInferenceMs)],
      ['Peak memory', bytes(results.peakMemoryBytes)],
      ['Memory before the model', bytes(results.baselineMemoryBytes)],
    ]),
    accuracy
      ? section('accuracy', 'Accuracy', [
          ['Metric', text(accuracy.metric)],
          ['Value', text(accuracy.value)],
          ['Reference', text(accuracy.reference)],
          ['Ratio to reference', text(accuracy.ratio)],
        ])
      : '',
    section('provenance', 'Provenance', [
      ['Source', text(provenance.source)],
      ['Submitter', text(provenance.submitter)],
      ['Measured', text(provenance.measuredAt)],
      ['Recorded', text(provenance.recordedAt)],
      [
        'Raw log',
        provenance.rawLogUrl && /^https?:\/\//.test(provenance.rawLogUrl)
          ? `<a href="${escapeHtml(provenance.rawLogUrl)}" rel="noopener nofollow">${escapeHtml(provenance.rawLogUrl)}</a>`
          : undefined,
      ],
      [
        'Harness',
        provenance.harness ? escapeHtml(`${provenance.harness.name} ${provenance.harness.version}`) : undefined,
      ],
      ['Webhook delivery', code(provenance.eventRef ?? undefined)],
      ['Corrects', r.supersedes ? link(resultPagePath(r.supersedes), r.supersedes) : undefined],
      ['Corrected by', r.supersededBy ? link(resultPagePath(r.supersededBy), r.supersededBy) : undefined],
      ['Result id', code(r.id)],
      ['As JSON', link(r.links.self, r.links.self)],
    ]),
  ].join('');
}
