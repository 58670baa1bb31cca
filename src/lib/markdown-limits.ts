import { measureInline } from './markdown-inline-depth';

/**
 * Limits on Markdown that users write (model cards, release notes, descriptions). The renderer
 * (unified/remark/rehype) recurses once per nesting level, so a few thousand nested `>`, list
 * items or `*` overflow its stack; these checks refuse such texts when they are written, and the
 * renderer runs them again before rendering. They read the text line by line, never recursing,
 * and err towards a higher depth where the parser might read a line differently.
 */

export interface MarkdownLimits {
  /** Longest text accepted, in UTF-16 code units (what `string.length` counts). */
  maxChars: number;
  /** Deepest nesting of blockquotes, lists, emphasis and links. */
  maxDepth: number;
}

/** For short fields; model cards pass a larger `maxChars`. Real cards nest 5 or 6 levels at most. */
export const MARKDOWN_LIMITS: MarkdownLimits = { maxChars: 65_536, maxDepth: 32 };

const count = (n: number) => n.toLocaleString('en-US');

/** `null` when the text is fine, else what is wrong with it, in words a writer can act on. */
export function checkMarkdown(text: string, limits: Partial<MarkdownLimits> = {}): string | null {
  const { maxChars, maxDepth } = { ...MARKDOWN_LIMITS, ...limits };
  if (text.length > maxChars) return `Too long: at most ${count(maxChars)} characters (got ${count(text.length)}).`;
  const depth = markdownDepth(text);
  if (depth > maxDepth) {
    return `Nested too deeply: blockquotes, lists or emphasis may nest at most ${maxDepth} levels (found ${count(depth)}).`;
  }
  return null;
}

export interface MarkdownNesting {
  /** Blockquotes and list items around one line. */
  blocks: number;
  /** Emphasis, strong, strikethrough, links and images inside one paragraph. */
  inline: number;
  /** Emphasis openers left open on one line (`*a *b *c …`). */
  openers: number;
}

export function markdownDepth(text: string): number {
  const { blocks, inline, openers } = measureNesting(text);
  return Math.max(blocks, inline, openers);
}

interface Item {
  col: number;
  content: number;
  /** Whether it may start while a paragraph is open (a bullet or `1.`, with text after it). */
  canInterrupt: boolean;
}

interface Prefix {
  quotes: number;
  /** Quote markers before the first list marker, counted while no gap has made them code. */
  leadQuotes: number;
  items: Item[];
  /** The column inside quotes where the first item may start, measured like `firstCol`. */
  itemBase: number;
  /** Index and column where the text after quotes and markers starts. */
  rest: number;
  restCol: number;
  /** Column after the last quote marker, and of the first character of the line. */
  quoteEnd: number;
  firstCol: number;
  /** No gap of 4 or more columns before any marker or the text: a fence on it is a fence. */
  shallow: boolean;
}

const isBlankChar = (c: string | undefined) => c === ' ' || c === '\t';
const advance = (col: number, c: string) => (c === '\t' ? col + 4 - (col % 4) : col + 1);

/** For each index, whether the line from there on is a thematic break (`***`, `- - -`, `___`). */
function thematicBreaks(line: string): Uint8Array {
  const out = new Uint8Array(line.length + 1);
  let char = '';
  let marks = 0;
  for (let i = line.length - 1; i >= 0; i--) {
    const c = line[i]!;
    if (!isBlankChar(c)) {
      if (char === '' && '-*_'.includes(c)) char = c;
      if (c === char) marks++;
      else char = '!';
    }
    out[i] = char !== '!' && marks >= 3 ? 1 : 0;
  }
  return out;
}

function listMarkerWidth(line: string, i: number): number {
  const c = line[i];
  if (c === '-' || c === '*' || c === '+') return i + 1 >= line.length || isBlankChar(line[i + 1]) ? 1 : 0;
  let j = i;
  while (j < line.length && j - i < 10 && line[j]! >= '0' && line[j]! <= '9') j++;
  if (j === i || j - i > 9 || (line[j] !== '.' && line[j] !== ')')) return 0;
  return j + 1 >= line.length || isBlankChar(line[j + 1]) ? j + 1 - i : 0;
}

const FOOTNOTE_DEFINITION = /^\[\^[^\]\s]{1,999}\]:/;

/** Quote markers, list markers and footnote definitions at the start of a line, in any order. */
function parsePrefix(line: string): Prefix {
  const p: Prefix = {
    quotes: 0,
    leadQuotes: 0,
    items: [],
    itemBase: 0,
    rest: 0,
    restCol: 0,
    quoteEnd: 0,
    firstCol: -1,
    shallow: true,
  };
  let breaks: Uint8Array | undefined;
  let i = 0;
  let col = 0;
  for (;;) {
    const gapStart = col;
    while (isBlankChar(line[i])) col = advance(col, line[i++]!);
    if (p.firstCol < 0) p.firstCol = col;
    if (col - gapStart > 3 && i < line.length) p.shallow = false;
    if (line[i] === '>') {
      p.quotes++;
      if (p.shallow && p.items.length === 0) p.leadQuotes++;
      i++;
      col++;
      if (line[i] === ' ') {
        i++;
        col++;
      }
      p.quoteEnd = col;
      continue;
    }
    const width = listMarkerWidth(line, i);
    const footnote =
      width === 0 && line[i] === '[' && line[i + 1] === '^' ? FOOTNOTE_DEFINITION.exec(line.slice(i, i + 1005)) : null;
    if (width > 0 && (line[i] === '-' || line[i] === '*') && (breaks ??= thematicBreaks(line))[i]) break;
    if (width === 0 && !footnote) break;
    if (p.items.length === 0) p.itemBase = p.quoteEnd;
    const markerCol = col;
    const markerAt = i;
    const size = width || footnote![0].length;
    i += size;
    col += size;
    let j = i;
    let after = col;
    while (isBlankChar(line[j])) after = advance(after, line[j++]!);
    const spaces = after - col;
    const empty = j >= line.length;
    const content = footnote ? markerCol + 4 : empty || spaces >= 5 ? col + 1 : after;
    const ordered = width > 1;
    const canInterrupt = !footnote && !empty && (!ordered || line.slice(markerAt, markerAt + width - 1) === '1');
    p.items.push({ col: markerCol, content, canInterrupt });
    if (spaces >= 5) p.shallow = false;
    i = j;
    col = after;
  }
  p.rest = i;
  p.restCol = col;
  return p;
}

interface Fence {
  /** The opener's container prefix: quotes where it had quotes, spaces elsewhere. */
  template: string;
  char: string;
  size: number;
}

/** The line without the fence's container prefix, or null when the line leaves that container. */
function insideFence(line: string, fence: Fence): string | null {
  const { template } = fence;
  for (let i = 0; i < template.length; i++) {
    const c = line[i];
    if (template[i] === '>' ? c !== '>' : !(isBlankChar(c) || (c === undefined && !template.includes('>', i))))
      return null;
  }
  return line.slice(template.length);
}

function closesFence(inner: string, fence: Fence): boolean {
  const text = inner.trim();
  return text.length >= fence.size && [...text].every((c) => c === fence.char);
}

/** What ends an HTML block starting on this line (null: a blank line), undefined when none starts. */
function htmlBlockEnd(rest: string): string | null | undefined {
  const raw = /^<(script|pre|style|textarea)(?=[\s>]|$)/i.exec(rest);
  if (raw) return `</${raw[1]!.toLowerCase()}`;
  if (rest.startsWith('<!--')) return '-->';
  if (rest.startsWith('<?')) return '?>';
  if (rest.startsWith('<![CDATA[')) return ']]>';
  if (/^<![A-Za-z]/.test(rest)) return '>';
  return /^<\/?[A-Za-z]/.test(rest) ? null : undefined;
}

/**
 * Reads the text line by line, keeping the columns of the open list items. Where a line could
 * be read two ways (a lazy continuation or a new block) it keeps the deeper reading. Fenced and
 * indented code is skipped, but only where the parser surely sees code: inside an HTML block a
 * fence is no fence, and indented code never follows a paragraph line.
 */
export function measureNesting(text: string): MarkdownNesting {
  const result: MarkdownNesting = { blocks: 0, inline: 0, openers: 0 };
  const stack: number[] = [];
  let fence: Fence | null = null;
  let html: string | null | undefined;
  let prevParagraph = false;
  /** Quotes around the open paragraph: a line with more opens a new quote, where any list may start. */
  let paragraphQuotes = 0;
  let segment: string[] = [];
  const flush = () => {
    if (segment.length === 0) return;
    const inline = measureInline(segment.join('\n'));
    result.inline = Math.max(result.inline, inline.depth);
    result.openers = Math.max(result.openers, inline.openersOnALine);
    segment = [];
  };
  const blockDepth = (quotes: number) => (result.blocks = Math.max(result.blocks, quotes + stack.length));

  for (const line of text.split(/\r\n|\r|\n/)) {
    if (fence) {
      const inner = insideFence(line, fence);
      if (inner !== null) {
        if (closesFence(inner, fence)) fence = null;
        continue;
      }
      fence = null;
    }
    const p = parsePrefix(line);
    const rest = line.slice(p.rest);
    if (p.items.length === 0 && rest.trim() === '') {
      flush();
      blockDepth(p.quotes);
      prevParagraph = false;
      if (html === null) html = undefined;
      continue;
    }

    let code = false;
    const first = p.items[0];
    if (first) {
      let keep = stack.length;
      while (keep > 0 && stack[keep - 1]! > first.col) keep--;
      const base = Math.max(keep > 0 ? stack[keep - 1]! : 0, p.itemBase);
      if (first.col - base >= 4) {
        // Too far in to be a list item: code after a break, else more of the paragraph.
        if (!prevParagraph) {
          stack.length = keep;
          code = true;
        }
      } else if (!prevParagraph || first.canInterrupt || p.leadQuotes > paragraphQuotes) {
        stack.length = keep;
        for (const item of p.items) stack.push(item.content);
      }
    } else if (!prevParagraph) {
      while (stack.length > 0 && stack[stack.length - 1]! > p.firstCol) stack.pop();
      code = p.restCol - Math.max(stack[stack.length - 1] ?? 0, p.quoteEnd) >= 4;
    }
    blockDepth(p.quotes);
    if (code) {
      flush();
      prevParagraph = false;
      continue;
    }

    const opener = html === undefined && p.shallow ? /^(`{3,}|~{3,})(.*)$/.exec(rest) : null;
    if (opener && !(opener[1]![0] === '`' && opener[2]!.includes('`'))) {
      flush();
      let template = '';
      for (const c of line.slice(0, p.rest))
        template += c === '>' ? '>' : ' '.repeat(advance(template.length, c) - template.length);
      fence = { template, char: opener[1]![0]!, size: opener[1]!.length };
      prevParagraph = false;
      continue;
    }
    let htmlFrom = 0;
    if (html === undefined) {
      html = htmlBlockEnd(rest);
      htmlFrom = 2;
    }
    if (typeof html === 'string' && rest.toLowerCase().includes(html, htmlFrom)) html = undefined;
    segment.push(rest);
    if (!prevParagraph || p.leadQuotes > paragraphQuotes) paragraphQuotes = p.leadQuotes;
    // After a heading, a rule or a setext underline no paragraph is open, so `2.` starts a list.
    prevParagraph = !(p.shallow && (/^(?:#{1,6}(?:[ \t]|$)|=+[ \t]*$)/.test(rest) || thematicBreaks(rest)[0]));
  }
  flush();
  return result;
}
