import {
  MATRIX_ENGINE_INFO,
  sourceHref,
  type MatrixCell,
  type MatrixCellStatus,
  type MatrixQuery,
  type MatrixRow,
  type matrixSources,
} from '../lib/onnx/operator-matrix';
import { escapeHtml as h } from './escape';

/** Symbol and words for each cell status: the symbol is never the only carrier of meaning. */
export const CELL_LEGEND: Record<MatrixCellStatus, { symbol: string; words: string; badge: string }> = {
  yes: { symbol: '✓', words: 'runs', badge: 'ok' },
  fallback: { symbol: '↪', words: 'runs on WASM (no WebGPU kernel)', badge: 'warn' },
  opset: { symbol: '≠', words: 'listed, but not at this opset', badge: 'warn' },
  no: { symbol: '✗', words: 'not supported', badge: 'danger' },
};

/**
 * One cell, one element: the symbol and its words come from CSS on the cell's class
 * (`content: '✓' / 'runs'`, the words being what assistive technology reads), the opset range is
 * the cell's text. The full matrix is ~1,700 cells, and its element count drives the page's
 * main-thread time on a phone.
 */
function cell(c: MatrixCell, engine: string): string {
  const l = CELL_LEGEND[c.status];
  const title = [l.words, c.range ? `opsets ${c.range}` : '', c.note ?? ''].filter(Boolean).join('; ');
  const noted = c.note && c.status !== 'no' ? ' op-noted' : '';
  return (
    `<td class="op-cell op-${c.status}${noted}" data-engine="${engine}" data-status="${c.status}" title="${h(title)}">` +
    `${c.range ? h(c.range) : ''}</td>`
  );
}

/** The matrix table for the chosen engines, key column first (sticky in CSS). */
export function renderOperatorMatrix(rows: MatrixRow[], query: MatrixQuery): string {
  const engines = MATRIX_ENGINE_INFO.filter((e) => query.engines.includes(e.id));
  const head = engines
    .map((e) => `<th scope="col" data-engine="${e.id}" title="${h(e.detail)}">${h(e.name)}</th>`)
    .join('');
  const body = rows
    .map(
      (r) =>
        `<tr data-op="${h(r.op)}"><th scope="row" class="op-key"><code>${h(r.opType)}</code>${r.domain === 'ai.onnx' ? '' : ` <span class="small muted">${h(r.domain)}</span>`}</th>` +
        engines.map((e) => cell(r.cells[e.id], e.id)).join('') +
        '</tr>',
    )
    .join('');
  const at = query.opset === null ? 'any opset' : `opset ${query.opset}`;
  return (
    `<div class="table-wrap op-matrix-wrap" tabindex="0" role="region" aria-label="Operator support, scrolls sideways"><table class="op-matrix" data-op-matrix>` +
    `<caption class="visually-hidden">ONNX operators (rows) against engines (columns) at ${at}</caption>` +
    `<thead><tr><th scope="col" class="op-key">Operator</th>${head}</tr></thead><tbody>${body}</tbody></table></div>`
  );
}

export function renderLegend(): string {
  const items = Object.values(CELL_LEGEND)
    .map((l) => `<li><span class="badge ${l.badge}" aria-hidden="true">${l.symbol}</span> ${h(l.words)}</li>`)
    .join('');
  return (
    `<ul class="op-legend small" data-op-legend>${items}` +
    '<li><span aria-hidden="true">7+</span> opsets the engine lists for the operator (7 and later); none shown: the list gives no range</li>' +
    '<li><span aria-hidden="true">*</span> a note: hover or focus the cell (its title)</li></ul>'
  );
}

export function renderMatrixSources(sources: ReturnType<typeof matrixSources>): string {
  const items = sources
    .map(({ engine, list, sources: refs }) => {
      const lines = refs
        .map((s) => {
          const href = sourceHref(s);
          const repo = href ? `<a href="${h(href)}">${h(s.repository)}</a>` : h(s.repository);
          const commit = s.commit ? ` @ <code>${h(s.commit.slice(0, 12))}</code>` : '';
          return `<li>${repo} <code>${h(s.path)}</code>${commit}</li>`;
        })
        .join('');
      return `<li data-source-engine="${engine.id}"><strong>${h(engine.name)}</strong> (list <code>${h(list.file)}</code>, ${h(list.name)} ${h(list.version)}): ${h(engine.detail)}<ul>${lines}</ul></li>`;
    })
    .join('');
  return `<ul class="small op-sources" data-op-sources>${items}</ul>`;
}
