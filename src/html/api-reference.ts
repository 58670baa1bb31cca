import type { CommonResponse, FieldRow, OperationView } from '../lib/openapi-view';
import { escapeHtml } from './escape';
import { renderMarkdown } from './markdown';
import { tableScroll } from './table-scroll';

/**
 * The first view of /docs/api/: the OpenAPI document as plain HTML (tags in a sidebar, every
 * operation with its method, path, summary, parameters and request/response examples), which needs
 * no JavaScript and is fast on a phone. The interactive reference (Scalar, with try-it) loads only
 * when asked for (src/components/api-reference-loader.ts).
 */

/** The anchor of a tag's section. */
export function tagAnchor(tag: string): string {
  return `tag-${tag.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

/** The anchor of an operation (never starting with `tag/`, which is Scalar's own deep-link form). */
export function operationAnchor(op: OperationView): string {
  return `op-${op.id}`;
}

function fieldTable(label: string, rows: (FieldRow & { in?: string })[], withIn: boolean): string {
  const head = `<tr><th scope="col">Name</th>${withIn ? '<th scope="col">In</th>' : ''}<th scope="col">Type</th><th scope="col">Description</th></tr>`;
  const body = rows
    .map(
      (row) =>
        `<tr><th scope="row"><code>${escapeHtml(row.name)}</code>${row.required ? ' <span class="api-ref-required">required</span>' : ''}</th>` +
        (withIn ? `<td>${escapeHtml(row.in ?? '')}</td>` : '') +
        `<td><code>${escapeHtml(row.type)}</code></td><td>${inlineCode(row.description)}</td></tr>`,
    )
    .join('');
  return tableScroll(label, `<table><thead>${head}</thead><tbody>${body}</tbody></table>`);
}

/** Short texts (field descriptions): escaped, with `code spans` shown as code. */
function inlineCode(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

/** Element content: `&`, `<` and `>` escaped; quotes stay as they are (examples are mostly quotes). */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function example(summary: string, json: string): string {
  return `<details class="api-ref-example"><summary>${escapeHtml(summary)}</summary><pre tabindex="0"><code>${escapeText(json)}</code></pre></details>`;
}

function renderOperation(op: OperationView, common: Map<string, CommonResponse>): string {
  const name = `${op.method} ${op.path}`;
  const anchor = operationAnchor(op);
  const parts = [
    `<h3 id="${anchor}-title"><a href="#${anchor}"><span class="api-ref-method api-ref-${op.method.toLowerCase()}">${op.method}</span> <code>${escapeHtml(op.path)}</code></a></h3>`,
    `<p class="api-ref-summary">${inlineCode(op.summary)} <span class="badge${op.needsToken ? ' warn' : ''}">${op.needsToken ? 'Token required' : 'Public'}</span></p>`,
  ];
  if (op.description) parts.push(`<div class="api-ref-description">${renderMarkdown(op.description)}</div>`);
  if (op.parameters.length) parts.push(`<h4>Parameters</h4>`, fieldTable(`${name} parameters`, op.parameters, true));
  // The body's fields, their types and limits are in the interactive reference; here, its example.
  if (op.requestExample) parts.push(`<h4>Request body</h4>`, example('Example request body', op.requestExample));
  const own = op.responses.filter((r) => !common.has(`${r.status} ${r.description}`));
  const shared = op.responses.flatMap((r) => common.get(`${r.status} ${r.description}`) ?? []);
  parts.push(
    `<h4>Responses</h4><dl class="api-ref-responses">${own
      .map((r) => `<dt><code>${escapeHtml(r.status)}</code></dt><dd>${inlineCode(r.description)}</dd>`)
      .join('')}</dl>`,
  );
  if (shared.length)
    parts.push(
      `<p class="api-ref-shared">Also the <a href="#common-responses">common responses</a> ${shared.map((r) => `<a href="#${r.id}">${escapeHtml(r.status)}</a>`).join(', ')}</p>`,
    );
  if (op.responseExample)
    parts.push(example(`Example response (${op.responseExample.status})`, op.responseExample.json));
  return `<article class="api-ref-op" id="${anchor}" aria-labelledby="${anchor}-title" data-api-op>${parts.join('')}</article>`;
}

/** The responses many operations share, listed once (operations link to them). */
function renderCommonResponses(common: CommonResponse[]): string {
  return (
    `<section class="api-ref-tag" id="common-responses" aria-labelledby="common-responses-title">` +
    `<h2 id="common-responses-title">Common responses</h2><dl class="api-ref-responses">${common
      .map((r) => `<dt id="${r.id}"><code>${escapeHtml(r.status)}</code></dt><dd>${inlineCode(r.description)}</dd>`)
      .join('')}</dl></section>`
  );
}

/**
 * The sidebar (tags, each with its count of operations) and the operations of every tag; the
 * responses in `common` are listed once at the end instead of under every operation.
 */
export function renderApiReference(tags: [string, OperationView[]][], common: CommonResponse[] = []): string {
  const byKey = new Map(common.map((r) => [`${r.status} ${r.description}`, r]));
  const sidebar = tags
    .map(
      ([tag, ops]) =>
        `<li><a href="#${tagAnchor(tag)}">${escapeHtml(tag)} <span class="muted">(${ops.length})</span></a></li>`,
    )
    .join('');
  const sections = tags
    .map(
      ([tag, ops]) =>
        `<section class="api-ref-tag" id="${tagAnchor(tag)}" aria-labelledby="${tagAnchor(tag)}-title" data-api-tag>` +
        `<h2 id="${tagAnchor(tag)}-title">${escapeHtml(tag)}</h2>${ops.map((op) => renderOperation(op, byKey)).join('')}</section>`,
    )
    .join('');
  return (
    `<div class="api-ref">` +
    `<nav class="api-ref-sidebar" aria-label="API tags"><ul>${sidebar}</ul></nav>` +
    `<div class="api-ref-content">${sections}${common.length ? renderCommonResponses(common) : ''}</div>` +
    `</div>`
  );
}
