/**
 * Where in a paragraph a `*`, `_`, `~` or `]` might not be Markdown syntax at all: inside a code
 * span, HTML, an autolink, a link destination or title, or a reference label. Each part errs
 * towards marking more, so that the nesting bound built on it (markdown-inline-depth.ts) never
 * lets such a character close something the parser keeps open. Linear time, no recursion.
 */

import { markCodeSpans, type Mark } from './markdown-code-spans';

const BACKSLASH = 92;
/** A resource (`](…)`) longer than this is not parsed here: the rest of the paragraph counts as inert. */
const RESOURCE_SCAN_LIMIT = 4096;
/** micromark's limits: parentheses nested in a link destination, characters in a label. */
const DESTINATION_BALANCE_MAX = 32;
const LABEL_MAX = 999;

export interface InertMap {
  /** 1 where a delimiter might not be syntax (and must not close anything). */
  inert: Uint8Array;
  /** 1 where the text is inside a code span however the paragraph is read: no syntax at all. */
  code: Uint8Array;
}

export function markInert(text: string): InertMap {
  const n = text.length;
  const diffs = { inert: new Int32Array(n + 1), code: new Int32Array(n + 1), unsure: new Int32Array(n + 1) };
  const marker =
    (diff: Int32Array): Mark =>
    (from, to) => {
      if (to <= from) return;
      diff[from]! += 1;
      diff[Math.min(to, n)]! -= 1;
    };
  // Code spans may start afresh at a line or cell start (merged blocks, table cells), and after
  // any construct that swallowed a backtick.
  const restart = new Uint8Array(n + 1);
  restart[0] = 1;
  // Cells exist only under a delimiter row (`| --- | :-: |`); elsewhere a `|` is just text.
  const table = /^(?=[^\n]*-)(?=[^\n]*\|)[ \t|:-]+$/m.test(text);
  const nextBacktick = new Int32Array(n + 1).fill(n);
  for (let i = n - 1; i >= 0; i--) {
    nextBacktick[i] = text[i] === '`' ? i : nextBacktick[i + 1]!;
    if (text[i] === '\n' || (table && text[i] === '|')) restart[i + 1] = 1;
  }
  const markInertInterval = marker(diffs.inert);
  const mark: Mark = (from, to) => {
    markInertInterval(from, to);
    if (nextBacktick[from]! < to) restart[Math.min(to, n)] = 1;
  };
  markAutolinkLiterals(text, mark);
  markHtml(text, mark);
  markLinkParts(text, mark);
  markCodeSpans(text, restart, { maybe: mark, primary: marker(diffs.code), unsure: marker(diffs.unsure) });
  const inert = new Uint8Array(n);
  const code = new Uint8Array(n);
  for (let i = 0, level = 0, primary = 0, unsure = 0; i < n; i++) {
    level += diffs.inert[i]!;
    primary += diffs.code[i]!;
    unsure += diffs.unsure[i]!;
    inert[i] = level > 0 ? 1 : 0;
    code[i] = primary > 0 && unsure === 0 ? 1 : 0;
  }
  return { inert, code };
}

/**
 * GFM turns `www.…`, `https://…` and e-mail addresses into links without brackets. A literal
 * runs to whitespace or `<`, and never past a `]` that ends it (one before `(`, `[` or a space).
 */
function markAutolinkLiterals(text: string, mark: Mark) {
  let covered = 0;
  // Find the anchors, then walk back over the name before them: a pattern that matched the name
  // itself would be retried at every position of a long word (quadratic).
  for (const match of text.matchAll(/@|:\/\/|www\./gi)) {
    let start = match.index;
    const back = match[0] === 'www.' ? null : match[0] === '@' ? /[\w.+:-]/ : /[a-z]/i;
    while (back && start > covered && back.test(text[start - 1]!)) start--;
    if (start < covered) continue;
    let end = match.index + match[0].length;
    for (; end < text.length; end++) {
      const c = text[end]!;
      if (c === '<' || /\s/.test(c)) break;
      if (c === ']' && (end + 1 === text.length || /[([\s]/.test(text[end + 1]!))) break;
    }
    mark(start, end);
    covered = end;
  }
}

/** Index of the next `needle` at or after `from`, remembered so that repeated calls stay linear. */
function finder(text: string, needle: string) {
  let found = -2;
  return (from: number) => {
    if (found === -1 || found >= from) return found;
    found = text.indexOf(needle, from);
    return found;
  };
}

/**
 * Tags (quotes in attribute values may hide a `>`), autolinks, comments, processing
 * instructions and CDATA. A tag's end is found from the right in one pass: `tagEnd[p]` is the
 * `>` a scan outside quotes at `p` stops at.
 */
function markHtml(text: string, mark: Mark) {
  const n = text.length;
  const tagEnd = new Int32Array(n + 1).fill(-1);
  const nextQuote = { 34: -1, 39: -1 } as Record<number, number>;
  for (let p = n - 1; p >= 0; p--) {
    const code = text.charCodeAt(p);
    if (code === 62) tagEnd[p] = p;
    else if (code === 34 || code === 39) {
      const close = nextQuote[code]!;
      tagEnd[p] = close === -1 ? -1 : tagEnd[close + 1]!;
      nextQuote[code] = p;
    } else tagEnd[p] = tagEnd[p + 1]!;
  }
  const ends = [finder(text, '-->'), finder(text, '?>'), finder(text, ']]>')];
  for (let i = text.indexOf('<'); i !== -1; i = text.indexOf('<', i + 1)) {
    if (i + 1 >= n || /\s/.test(text[i + 1]!)) continue;
    const end = tagEnd[i + 1]!;
    if (end !== -1) mark(i, end + 1);
    const special = text.startsWith('<!--', i)
      ? 0
      : text.startsWith('<?', i)
        ? 1
        : text.startsWith('<![CDATA[', i)
          ? 2
          : -1;
    if (special === -1) continue;
    const close = ends[special]!(i + 2);
    if (close !== -1) mark(i, close + 3);
  }
}

/** `](destination "title")`, `][reference]` and footnote calls `[^note]`: not inline content. */
function markLinkParts(text: string, mark: Mark) {
  const n = text.length;
  // The next `]` not escaped by a backslash, from each index: labels end there.
  const nextClose = new Int32Array(n + 1).fill(-1);
  const escaped = new Uint8Array(n);
  for (let i = 0, backslashes = 0; i < n; i++) {
    escaped[i] = backslashes % 2;
    backslashes = text.charCodeAt(i) === BACKSLASH ? backslashes + 1 : 0;
  }
  for (let i = n - 1; i >= 0; i--) nextClose[i] = text[i] === ']' && !escaped[i] ? i : nextClose[i + 1]!;
  const label = (from: number) => {
    const end = nextClose[from]!;
    if (end !== -1 && end - from <= LABEL_MAX) mark(from, end);
  };
  for (let i = text.indexOf('[^'); i !== -1; i = text.indexOf('[^', i + 2)) label(i + 2);
  for (let i = text.indexOf(']'); i !== -1 && i + 1 < n; i = text.indexOf(']', i + 1)) {
    const next = text[i + 1];
    if (next === '(') {
      const end = resourceEnd(text, i + 2);
      mark(i + 1, end === -1 ? n : end + 1);
      if (end === -1) return;
    } else if (next === '[') label(i + 2);
  }
}

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/**
 * The `)` closing a link resource that starts after `(`, following micromark's grammar; -1 when
 * it cannot tell (too long, or a shape it does not follow), which callers treat as "everything
 * after is inert".
 */
function resourceEnd(text: string, from: number): number {
  const n = text.length;
  const limit = Math.min(n, from + RESOURCE_SCAN_LIMIT);
  let p = from;
  const skipSpace = () => {
    while (p < limit && isSpace(text.charCodeAt(p))) p++;
  };
  skipSpace();
  if (p >= limit) return -1;
  if (text.charCodeAt(p) === 60) {
    for (p++; p < limit; p++) {
      const code = text.charCodeAt(p);
      if (code === BACKSLASH) p++;
      else if (code === 62) break;
      else if (code === 60 || code === 10 || code === 13) return -1;
    }
    p++;
  } else if (text.charCodeAt(p) !== 41) {
    let balance = 0;
    for (; p < limit; p++) {
      const code = text.charCodeAt(p);
      if (code === BACKSLASH) p++;
      else if (code === 40 && ++balance > DESTINATION_BALANCE_MAX) return -1;
      else if (code === 41 && balance-- === 0) break;
      else if (isSpace(code) || code < 32 || code === 127) break;
    }
    if (balance > 0) return -1;
  }
  const beforeTitle = p;
  skipSpace();
  const marker = text.charCodeAt(p);
  if (p > beforeTitle && (marker === 34 || marker === 39 || marker === 40)) {
    const close = marker === 40 ? 41 : marker;
    for (p++; p < limit && text.charCodeAt(p) !== close; p++) if (text.charCodeAt(p) === BACKSLASH) p++;
    p++;
    skipSpace();
  }
  return p < limit && text.charCodeAt(p) === 41 ? p : -1;
}
