/**
 * Where in a paragraph a `*`, `_`, `~` or `]` might not be Markdown syntax at all: inside a code
 * span, HTML, an autolink, a link destination or title, or a reference label. Each part errs
 * towards marking more, so that the nesting bound built on it (markdown-inline-depth.ts) never
 * lets such a character close something the parser keeps open. Linear time, no recursion.
 */

type Mark = (from: number, to: number) => void;

const BACKTICK = 96;
const BACKSLASH = 92;
/** A resource (`](…)`) longer than this is not parsed here: the rest of the paragraph counts as inert. */
const RESOURCE_SCAN_LIMIT = 4096;
/** micromark's limits: parentheses nested in a link destination, characters in a label. */
const DESTINATION_BALANCE_MAX = 32;
const LABEL_MAX = 999;

export function markInert(text: string): Uint8Array {
  const n = text.length;
  const diff = new Int32Array(n + 1);
  const mark: Mark = (from, to) => {
    if (to <= from) return;
    diff[from]! += 1;
    diff[Math.min(to, n)]! -= 1;
  };
  // Code spans may start afresh wherever another construct (a table cell, a tag, a link) ended.
  const restart = new Uint8Array(n + 1);
  restart[0] = 1;
  for (let i = 0; i < n; i++) if ('\n|>)]'.includes(text[i]!)) restart[i + 1] = 1;
  markAutolinkLiterals(text, mark, restart);
  markHtml(text, mark);
  markLinkParts(text, mark);
  markCodeSpans(text, mark, restart);
  const inert = new Uint8Array(n);
  for (let i = 0, level = 0; i < n; i++) {
    level += diff[i]!;
    inert[i] = level > 0 ? 1 : 0;
  }
  return inert;
}

/** GFM turns `www.…`, `https://…` and e-mail addresses into links without any brackets. */
function markAutolinkLiterals(text: string, mark: Mark, restart: Uint8Array) {
  for (const match of text.matchAll(/\S+/g)) {
    const word = match[0];
    if (!/@|:\/\/|www\./i.test(word)) continue;
    mark(match.index, match.index + word.length);
    restart[match.index + word.length] = 1;
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
    const special = text.startsWith('<!--', i) ? 0 : text.startsWith('<?', i) ? 1 : text.startsWith('<![CDATA[', i) ? 2 : -1;
    if (special === -1) continue;
    const close = ends[special]!(i + 2);
    if (close !== -1) mark(i, close + 3);
  }
}

/** `](destination "title")`, `][reference]` and footnote calls `[^note]`: not inline content. */
function markLinkParts(text: string, mark: Mark) {
  const n = text.length;
  for (let i = text.indexOf('[^'); i !== -1; i = text.indexOf('[^', i + 2)) {
    const end = labelEnd(text, i + 2);
    if (end !== -1) mark(i + 2, end);
  }
  for (let i = text.indexOf(']'); i !== -1 && i + 1 < n; i = text.indexOf(']', i + 1)) {
    const next = text[i + 1];
    if (next === '(') {
      const end = resourceEnd(text, i + 2);
      mark(i + 1, end === -1 ? n : end + 1);
      if (end === -1) return;
    } else if (next === '[') {
      const end = labelEnd(text, i + 2);
      if (end !== -1) mark(i + 2, end);
    }
  }
}

function labelEnd(text: string, from: number): number {
  for (let p = from; p < text.length && p - from <= LABEL_MAX; p++) {
    const code = text.charCodeAt(p);
    if (code === BACKSLASH) p++;
    else if (code === 93) return p;
  }
  return -1;
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

/**
 * Code spans: a run of backticks pairs with the next run of the same length. Which run opens
 * depends on where pairing started, so every start the parser might use (the paragraph start,
 * after a tag, a cell edge, a link, an autolink) is followed and all their spans are marked.
 */
function markCodeSpans(text: string, mark: Mark, restart: Uint8Array) {
  const starts: number[] = [];
  const sizes: number[] = [];
  for (let i = text.indexOf('`'); i !== -1; i = text.indexOf('`', i)) {
    let end = i + 1;
    while (text.charCodeAt(end) === BACKTICK) end++;
    starts.push(i);
    sizes.push(end - i);
    i = end;
  }
  const runs = starts.length;
  if (runs === 0) return;
  const bySize = new Map<number, { at: number[]; next: number }>();
  sizes.forEach((size, k) => {
    const entry = bySize.get(size) ?? { at: [], next: 0 };
    entry.at.push(k);
    bySize.set(size, entry);
  });
  const nextOfSize = (size: number, after: number) => {
    const entry = bySize.get(size);
    if (!entry) return -1;
    while (entry.next < entry.at.length && entry.at[entry.next]! <= after) entry.next++;
    return entry.at[entry.next] ?? -1;
  };
  const reachable = new Uint8Array(runs);
  for (let p = 0, k = 0; p <= text.length && k < runs; p++) {
    if (!restart[p]) continue;
    while (k < runs && starts[k]! < p) k++;
    if (k < runs) reachable[k] = 1;
  }
  for (let k = 0; k < runs; k++) {
    if (!reachable[k]) continue;
    let start = starts[k]!;
    let size = sizes[k]!;
    let backslashes = 0;
    while (text.charCodeAt(start - backslashes - 1) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 1) {
      start++;
      size--;
    }
    const close = size > 0 ? nextOfSize(size, k) : -1;
    if (close === -1) {
      if (k + 1 < runs) reachable[k + 1] = 1;
      continue;
    }
    mark(start, starts[close]! + sizes[close]!);
    if (close + 1 < runs) reachable[close + 1] = 1;
  }
}
