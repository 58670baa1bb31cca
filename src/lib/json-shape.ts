/**
 * Nesting depth and key count of a JSON text, read in one pass before `JSON.parse`: a body
 * nested 10^5 deep parses, but everything that walks it afterwards (`JSON.stringify`, zod,
 * the database driver) recurses and overflows the stack. Real payloads stay far inside these
 * limits: a GitHub `workflow_run` delivery is ~6 levels and a few hundred keys deep.
 */
export const JSON_LIMITS = { maxDepth: 64, maxKeys: 10_000 } as const;

export interface JsonLimits {
  maxDepth: number;
  maxKeys: number;
}

export interface JsonShapeExcess {
  limit: 'maxDepth' | 'maxKeys';
  message: string;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

/**
 * Scans JSON text (a string, or its UTF-8 bytes: every structural character is ASCII and no
 * multi-byte sequence contains an ASCII byte) and says which limit it passes, if any. Brackets
 * and colons inside strings are skipped. Malformed JSON is not judged here: `JSON.parse` says so.
 * Keys are counted as the colons outside strings (one per object member).
 */
export function checkJsonShape(json: string | Uint8Array, limits: JsonLimits = JSON_LIMITS): JsonShapeExcess | null {
  const isText = typeof json === 'string';
  const length = json.length;
  let depth = 0;
  let keys = 0;
  let inString = false;
  for (let i = 0; i < length; i++) {
    const c = isText ? json.charCodeAt(i) : json[i]!;
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
      continue;
    }
    if (c === QUOTE) inString = true;
    else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (++depth > limits.maxDepth) {
        return {
          limit: 'maxDepth',
          message: `The JSON body is nested deeper than ${limits.maxDepth} levels.`,
        };
      }
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) depth--;
    else if (c === COLON && ++keys > limits.maxKeys) {
      return { limit: 'maxKeys', message: `The JSON body has more than ${limits.maxKeys} object keys.` };
    }
  }
  return null;
}
