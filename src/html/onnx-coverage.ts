import {
  JSEP_KNOWN_ISSUES,
  type CoverageReport,
  type CoverageStatus,
  type EngineCoverage,
  type SourceRef,
} from '../lib/onnx';
import { escapeHtml } from './escape';
import { scrollRegion } from './table-scroll';

const STATUS: Record<CoverageStatus, { label: string; badge: string }> = {
  runs: { label: 'runs', badge: 'ok' },
  'runs-with-fallback': { label: 'runs with fallback', badge: 'warn' },
  fails: { label: 'fails', badge: 'danger' },
  unknown: { label: 'unknown', badge: 'warn' },
};

function list(items: readonly string[]): string {
  return items.map((op) => `<code>${escapeHtml(op)}</code>`).join(', ');
}

function resultCell(e: EngineCoverage): string {
  const parts = [`<span class="badge ${STATUS[e.status].badge}">${STATUS[e.status].label}</span>`];
  if (e.missing.length > 0) parts.push(`<span data-coverage-missing>missing: ${list(e.missing)}</span>`);
  if (e.fallback.length > 0)
    parts.push(`<span data-coverage-fallback>falls back to WASM for: ${list(e.fallback)}</span>`);
  // Kernels known to compute wrong values are worse than missing ones: show them, not only in the notes.
  const known = Object.values(JSEP_KNOWN_ISSUES);
  for (const issue of e.notes.filter((n) => known.includes(n))) {
    parts.push(`<span class="small" data-coverage-known-issue>Known problem: ${escapeHtml(issue)}</span>`);
  }
  const nodeReasons = e.reasons.filter((r) => r.node !== null || r.op === '');
  if (nodeReasons.length > 0) {
    const shown = nodeReasons.slice(0, 20);
    parts.push(
      `<ul class="small" data-coverage-reasons>${shown.map((r) => `<li data-reason="${r.kind}">${escapeHtml(r.message)}</li>`).join('')}` +
        (nodeReasons.length > shown.length ? `<li>… and ${nodeReasons.length - shown.length} more</li>` : '') +
        '</ul>',
    );
  }
  if (e.opsetProblems.length > 0) {
    parts.push(`<ul class="small">${e.opsetProblems.map((p) => `<li>${escapeHtml(p.message)}</li>`).join('')}</ul>`);
  }
  return parts.join(' ');
}

export function sourceLine(s: SourceRef): string {
  const commit = s.commit ? ` @ <code>${escapeHtml(s.commit.slice(0, 12))}</code>` : '';
  const sections = s.sections.length > 0 ? ` (sections: ${escapeHtml(s.sections.join(', '))})` : '';
  const date = s.date ? `commit date ${escapeHtml(s.date)}` : 'commit date not recorded in the list';
  return `${escapeHtml(s.repository)} <code>${escapeHtml(s.path)}</code>${commit}${sections}, ${date}`;
}

/**
 * The operator-coverage matrix as HTML: one row per engine (runs / runs with fallback / fails / unknown),
 * opset problems, notes, and where each engine's list comes from with its date.
 */
export function renderCoverageMatrix(coverage: CoverageReport, options: { listsAsOf?: string } = {}): string {
  const rows = coverage.engines
    .map(
      (e) =>
        `<tr data-engine="${escapeHtml(e.engine)}" data-status="${e.status}">` +
        `<th scope="row">${escapeHtml(e.name)}</th><td>${escapeHtml(e.version)}</td>` +
        `<td data-coverage-summary="${escapeHtml(e.summary)}">${resultCell(e)}</td></tr>`,
    )
    .join('');
  const notes = coverage.engines.filter((e) => e.notes.length > 0);
  const notesHtml =
    notes.length === 0
      ? ''
      : `<details class="coverage-notes"><summary>Notes per engine</summary><dl>${notes
          .map((e) => `<dt>${escapeHtml(e.name)}</dt>${e.notes.map((n) => `<dd>${escapeHtml(n)}</dd>`).join('')}`)
          .join('')}</dl></details>`;
  const sources = coverage.engines
    .map(
      (e) =>
        `<li><strong>${escapeHtml(e.name)} ${escapeHtml(e.version)}</strong>: ${e.sources.map(sourceLine).join('; ')}</li>`,
    )
    .join('');
  const asOf = options.listsAsOf ? ` Lists as of ${escapeHtml(options.listsAsOf)}.` : '';
  return (
    `<div class="coverage-matrix" data-coverage-matrix>` +
    `<div class="table-wrap" ${scrollRegion('Operator coverage per engine')}><table><thead><tr><th scope="col">Engine</th><th scope="col">Version</th><th scope="col">Result</th></tr></thead>` +
    `<tbody>${rows}</tbody></table></div>${notesHtml}` +
    `<details class="coverage-sources"><summary>Where the operator lists come from</summary>` +
    `<p class="small muted">Each engine's list of accepted operators was read from its own source files; an operator the list lacks shows as missing.${asOf}</p>` +
    `<ul class="small">${sources}</ul></details></div>`
  );
}
