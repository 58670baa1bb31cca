/**
 * Tokenizer for MLflow's registry search syntax (`filter_string` and `order_by` items). MLflow
 * parses these with sqlparse; this covers the part of SQL its registry search accepts.
 */
export type Token =
  /** A field reference: `name`, `tags.key`, tags.`my key`, tags."my key", attribute.name. */
  | { kind: 'ident'; parts: string[]; quoted: boolean; start: number; end: number }
  | { kind: 'string'; value: string; start: number; end: number }
  | { kind: 'number'; text: string; start: number; end: number }
  | { kind: 'op'; value: '=' | '!=' | '<>' | '<' | '<=' | '>' | '>='; start: number; end: number }
  | { kind: 'punct'; value: '(' | ')' | ','; start: number; end: number }
  | { kind: 'eof'; start: number; end: number };

export type TokenizeResult = { ok: true; tokens: Token[] } | { ok: false; message: string };

const isWordChar = (c: string) => /^[\p{L}\p{N}_]$/u.test(c);
const isDigit = (c: string) => c >= '0' && c <= '9';
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/**
 * Reads a quoted run starting at `i` (the opening quote). A backslash escapes the quote or a
 * backslash; a doubled quote is one quote (SQL style). Other backslashes stay as written, so
 * LIKE patterns such as `a\_b` reach the matcher unchanged.
 */
function readQuoted(text: string, i: number): { value: string; end: number } | null {
  const quote = text.charAt(i);
  let value = '';
  let j = i + 1;
  while (j < text.length) {
    const c = text.charAt(j);
    if (c === '\\' && (text.charAt(j + 1) === quote || text.charAt(j + 1) === '\\')) {
      value += text.charAt(j + 1);
      j += 2;
    } else if (c === quote) {
      if (text.charAt(j + 1) === quote) {
        value += quote;
        j += 2;
      } else {
        return { value, end: j + 1 };
      }
    } else {
      value += c;
      j += 1;
    }
  }
  return null;
}

function readWord(text: string, i: number): number {
  let j = i;
  while (j < text.length && isWordChar(text.charAt(j))) j += 1;
  return j;
}

/** An identifier segment: a bare word, or a backquoted name (double quotes only after a dot). */
function readSegment(
  text: string,
  i: number,
  afterDot: boolean,
): { value: string; end: number; quoted: boolean } | { error: string } {
  const c = text.charAt(i);
  if (c === '`' || (afterDot && c === '"')) {
    const quoted = readQuoted(text, i);
    if (!quoted) return { error: `Unterminated quoted name starting at position ${i + 1}` };
    return { ...quoted, quoted: true };
  }
  if (c !== undefined && isWordChar(c)) {
    const end = readWord(text, i);
    return { value: text.slice(i, end), end, quoted: false };
  }
  return { error: `Expected a name after '.' at position ${i + 1}` };
}

export function tokenize(text: string): TokenizeResult {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (isSpace(c)) {
      i += 1;
      continue;
    }
    const start = i;
    if (c === "'" || c === '"') {
      const quoted = readQuoted(text, i);
      if (!quoted) return { ok: false, message: `Unterminated string starting at position ${i + 1}` };
      tokens.push({ kind: 'string', value: quoted.value, start, end: quoted.end });
      i = quoted.end;
    } else if (isDigit(c) || ((c === '-' || c === '+') && isDigit(text.charAt(i + 1)))) {
      let j = i + 1;
      while (j < text.length && (isDigit(text.charAt(j)) || text.charAt(j) === '.')) j += 1;
      tokens.push({ kind: 'number', text: text.slice(i, j), start, end: j });
      i = j;
    } else if (c === '`' || isWordChar(c)) {
      const parts: string[] = [];
      let quoted = false;
      let seg = readSegment(text, i, false);
      for (;;) {
        if ('error' in seg) return { ok: false, message: seg.error };
        parts.push(seg.value);
        quoted ||= seg.quoted;
        i = seg.end;
        if (text.charAt(i) !== '.') break;
        seg = readSegment(text, i + 1, true);
      }
      tokens.push({ kind: 'ident', parts, quoted, start, end: i });
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ kind: 'punct', value: c, start, end: i + 1 });
      i += 1;
    } else if (c === '=' || c === '!' || c === '<' || c === '>') {
      const two = text.slice(i, i + 2);
      if (two === '!=' || two === '<>' || two === '<=' || two === '>=') {
        tokens.push({ kind: 'op', value: two, start, end: i + 2 });
        i += 2;
      } else if (c === '!') {
        return { ok: false, message: `Unexpected character '!' at position ${i + 1}` };
      } else {
        tokens.push({ kind: 'op', value: c, start, end: i + 1 });
        i += 1;
      }
    } else {
      return { ok: false, message: `Unexpected character '${c}' at position ${i + 1}` };
    }
  }
  tokens.push({ kind: 'eof', start: text.length, end: text.length });
  return { ok: true, tokens };
}

/** True when the token is the bare keyword `word` (any case). */
export function isKeyword(token: Token, word: string): boolean {
  return token.kind === 'ident' && !token.quoted && token.parts.length === 1 && token.parts[0]?.toUpperCase() === word;
}
