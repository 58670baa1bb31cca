import { markInert, type InertMap } from './markdown-inert';

/**
 * How deeply the inline Markdown of one paragraph may nest (emphasis, strong, strikethrough,
 * links, images): an upper bound found in one pass, without recursion. The rendering pipeline
 * recurses once per level, so this bound decides whether a text can overflow its stack.
 *
 * Delimiters follow micromark's rules (flanking, the rule of three, `~` pairs of equal size),
 * but wherever the parser might read the text differently the bound errs upwards: a closer that
 * might sit in a code span, HTML, an autolink or a link destination never closes anything here.
 */

const STAR = 42;
const UNDERSCORE = 95;
const TILDE = 126;
const BACKSLASH = 92;
const NEWLINE = 10;

const enum Kind {
  Other = 0,
  Space = 1,
  Punctuation = 2,
}

/** micromark's character classes, on UTF-16 code units as micromark reads them. */
function classOf(code: number): Kind {
  if (Number.isNaN(code)) return Kind.Space;
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return Kind.Other;
  if (code === 32 || code === 9 || code === NEWLINE || code === 13) return Kind.Space;
  const char = String.fromCharCode(code);
  if (/\s/.test(char)) return Kind.Space;
  return /\p{P}|\p{S}/u.test(char) ? Kind.Punctuation : Kind.Other;
}

/** A `|` next to a delimiter is punctuation in a paragraph but a cell edge (space) in a table. */
const classesOf = (code: number): Kind[] => (code === 124 ? [Kind.Punctuation, Kind.Space] : [classOf(code)]);

interface Flags {
  open: boolean;
  close: boolean;
}

function flags(marker: number, before: Kind, after: Kind, beforeCode: number, afterCode: number): Flags {
  if (marker === TILDE) {
    return {
      open: after === Kind.Other || (after === Kind.Punctuation && before !== Kind.Other),
      close: before === Kind.Other || (before === Kind.Punctuation && after !== Kind.Other),
    };
  }
  const open = after === Kind.Other || (after === Kind.Punctuation && before !== Kind.Other) || afterCode === TILDE;
  const close = before === Kind.Other || (before === Kind.Punctuation && after !== Kind.Other) || beforeCode === TILDE;
  if (marker === STAR) return { open, close };
  return { open: open && (before !== Kind.Other || !close), close: close && (after !== Kind.Other || !open) };
}

interface Run {
  marker: number;
  size: number;
  /** Could open under some reading of its neighbours; could close under some; closes under all. */
  openAny: boolean;
  closeAny: boolean;
  closeAll: boolean;
  inert: boolean;
  /** The bracket frame it was opened in (see `Frames`). */
  frame: number;
}

type Token = Run | { bracket: '[' | ']'; inert: boolean } | 'newline';

function delimiterRun(text: string, start: number, end: number, inert: boolean): Run {
  const marker = text.charCodeAt(start);
  const beforeCode = start > 0 ? text.charCodeAt(start - 1) : NaN;
  const afterCode = end < text.length ? text.charCodeAt(end) : NaN;
  const run: Run = { marker, size: end - start, openAny: false, closeAny: false, closeAll: true, inert, frame: 0 };
  for (const before of classesOf(beforeCode)) {
    for (const after of classesOf(afterCode)) {
      const f = flags(marker, before, after, beforeCode, afterCode);
      run.openAny ||= f.open;
      run.closeAny ||= f.close;
      run.closeAll &&= f.close;
    }
  }
  return run;
}

function tokenize(text: string, { inert, code: inCode }: InertMap): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  for (let i = 0; i < n;) {
    const code = text.charCodeAt(i);
    if (inCode[i] && code !== NEWLINE) {
      i++;
      continue;
    }
    if (code === BACKSLASH && i + 1 < n && /[!-/:-@[-`{-~]/.test(text[i + 1]!)) {
      i += 2;
      continue;
    }
    if (code === STAR || code === UNDERSCORE || code === TILDE) {
      let end = i + 1;
      while (end < n && text.charCodeAt(end) === code) end++;
      // GFM strikethrough takes one or two tildes; longer runs are plain text.
      if (code !== TILDE || end - i <= 2) tokens.push(delimiterRun(text, i, end, inert[i] === 1));
      i = end;
      continue;
    }
    if (code === 91 || (code === 33 && text.charCodeAt(i + 1) === 91)) {
      tokens.push({ bracket: '[', inert: inert[i] === 1 });
      i += code === 33 ? 2 : 1;
      continue;
    }
    if (code === 93) tokens.push({ bracket: ']', inert: inert[i] === 1 });
    else if (code === NEWLINE) tokens.push('newline');
    i++;
  }
  return tokens;
}

/**
 * Open link labels. Emphasis inside a label cannot close emphasis opened outside it, so each
 * opener remembers its frame; a closed label hands its leftovers to the enclosing frame
 * (union-find keeps that cheap however deep the labels go).
 */
class Frames {
  private parent: number[] = [0];
  private open: number[] = [0];
  get depth() {
    return this.open.length - 1;
  }
  get current() {
    return this.open[this.open.length - 1]!;
  }
  push() {
    this.parent.push(this.parent.length);
    this.open.push(this.parent.length - 1);
  }
  pop() {
    if (this.open.length === 1) return;
    const closed = this.open.pop()!;
    this.parent[closed] = this.current;
  }
  find(frame: number): number {
    let root = frame;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[frame] !== root) [frame, this.parent[frame]] = [this.parent[frame]!, root];
    return root;
  }
}

/** Whether micromark would refuse to pair these two runs (the rule of three), read pessimistically. */
function ruleOfThree(opener: Run, closer: Run): boolean {
  if (opener.marker === TILDE) return opener.size !== closer.size;
  return (opener.closeAny || closer.openAny) && closer.size % 3 !== 0 && (opener.size + closer.size) % 3 === 0;
}

export interface InlineNesting {
  /** Upper bound on nested emphasis, strong, strikethrough, links and images. */
  depth: number;
  /** Most emphasis openers left open on one line ("*a *b *c …"). */
  openersOnALine: number;
}

export function measureInline(text: string): InlineNesting {
  const tokens = tokenize(text, markInert(text));
  const closersLeft = new Map<number, number>([
    [STAR, 0],
    [UNDERSCORE, 0],
    [TILDE, 0],
  ]);
  let bracketsLeft = 0;
  for (const token of tokens) {
    if (token === 'newline') continue;
    if ('bracket' in token) bracketsLeft += token.bracket === ']' ? 1 : 0;
    else if (token.closeAny) closersLeft.set(token.marker, closersLeft.get(token.marker)! + token.size);
  }

  const stacks = new Map<number, Run[]>([
    [STAR, []],
    [UNDERSCORE, []],
    [TILDE, []],
  ]);
  const openCount = new Map<number, number>([
    [STAR, 0],
    [UNDERSCORE, 0],
    [TILDE, 0],
  ]);
  const frames = new Frames();
  let depth = 0;
  let onLine = 0;
  let openersOnALine = 0;
  for (const token of tokens) {
    if (token === 'newline') {
      onLine = 0;
      continue;
    }
    if ('bracket' in token) {
      if (token.bracket === '[') frames.push();
      else {
        bracketsLeft--;
        if (!token.inert) frames.pop();
      }
    } else {
      const run = token;
      if (run.closeAny) closersLeft.set(run.marker, closersLeft.get(run.marker)! - run.size);
      const stack = stacks.get(run.marker)!;
      let size = run.size;
      if (run.closeAll && !run.inert) {
        while (size > 0 && stack.length > 0) {
          const opener = stack[stack.length - 1]!;
          if (frames.find(opener.frame) !== frames.current || ruleOfThree(opener, { ...run, size })) break;
          const use = run.marker === TILDE ? size : opener.size > 1 && size > 1 ? 2 : 1;
          opener.size -= use;
          size -= use;
          openCount.set(run.marker, openCount.get(run.marker)! - use);
          if (opener.size === 0) stack.pop();
        }
      }
      if (run.closeAny && size < run.size) onLine = Math.max(0, onLine - 1);
      if (size > 0 && run.openAny) {
        stack.push({ ...run, size, frame: frames.current });
        openCount.set(run.marker, openCount.get(run.marker)! + size);
        if (size === run.size && !run.closeAny && !run.inert) openersOnALine = Math.max(openersOnALine, ++onLine);
      }
    }
    let here = Math.min(frames.depth, bracketsLeft);
    for (const [marker, open] of openCount) here += Math.min(open, closersLeft.get(marker)!);
    depth = Math.max(depth, here);
  }
  // Autolinks (`<https://…>`, or bare `www.…` and addresses in GFM) are links without brackets.
  const autolinks = /[<@]|:\/\/|www\./i.test(text) ? 1 : 0;
  return { depth: depth + autolinks, openersOnALine };
}
