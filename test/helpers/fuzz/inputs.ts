import fc from 'fast-check';

/**
 * Hostile inputs for the fuzz suites: JSON values and raw bodies that a client can send, and
 * mutations of a valid body (one field at a time, so the request gets past validation of the rest).
 * A body is built as text: raw number tokens (`1e999`, `-0`) and keys such as `__proto__` cannot be
 * produced by JSON.stringify of ordinary objects.
 */

/** Sizes near and over the body limits (64 KiB for most writes, 256 KiB under /api/models, 1 MiB for hooks). */
export const LIMIT_SIZES = [1_000, 64 * 1024 - 200, 64 * 1024 + 1, 256 * 1024 - 300, 256 * 1024 + 1, 1024 * 1024 + 1];

const UNICODE_EDGES = [
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  '\u0000', // NUL
  '\u202eevil\u202c', // right-to-left override
  'e\u0301\u0301\u0301\u0301\u0301', // stacked combining marks
  '\u200b\u200d\ufeff', // zero-width characters and a BOM
  '\u2028\u2029', // line/paragraph separators (invalid in JS string literals)
  '\uffff\ufffe', // noncharacters
  '👩‍👩‍👧‍👦', // a ZWJ emoji sequence
  '<script>alert(1)</script>',
  "'; DROP TABLE models; --",
  '../../../../etc/passwd',
  '%00%2e%2e%2f',
  '${7*7}{{7*7}}',
];

/** Tokens placed verbatim in the JSON text. */
const RAW_NUMBERS = ['1e999', '-1e999', '-0', '1e-400', '9007199254740993', '1.7976931348623157e308', '0.1e1', '1E2'];

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__'];

/** A value that JSON.stringify writes as a raw token (see `toJsonText`). */
export class Raw {
  constructor(readonly text: string) {}
}

export const unicodeString = fc.oneof(
  fc.constantFrom(...UNICODE_EDGES),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.constantFrom(...UNICODE_EDGES), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('x')),
);

export const hugeString = fc
  .tuple(fc.constantFrom(...LIMIT_SIZES, 100, 256, 281, 1001, 100_001), fc.constantFrom('a', 'é', '\u0000', '🙂'))
  .map(([size, unit]) => unit.repeat(Math.max(1, Math.floor(size / Buffer.byteLength(unit)))));

export const edgeNumber = fc.oneof(
  fc.constantFrom(0, -1, 1.5, 2 ** 31, 2 ** 53 + 2, -(2 ** 63), Number.MAX_VALUE, Number.MIN_VALUE, 1e21),
  fc.constantFrom(...RAW_NUMBERS).map((t) => new Raw(t)),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

/** Values of the wrong type for almost any field. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  edgeNumber,
  fc.constantFrom('', ' ', '0x1', '01', '+1', '1e3', 'true', 'null', '[]', '{}', 'NaN', '-Infinity'),
  fc.constant([]),
  fc.constant({}),
  fc.constant([null]),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
);

/** An object whose own keys include prototype-polluting names (JSON.parse keeps `__proto__` as an own key). */
export const prototypeObject = fc
  .tuple(fc.constantFrom(...PROTO_KEYS), fc.oneof(fc.constant({ isAdmin: true, scopes: ['admin'] }), wrongType))
  .map(([key, value]) => JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value)}}`) as object);

/** Nested arrays/objects `depth` deep, as text (deep enough to break a recursive walker). */
export const deepJsonText = fc
  .tuple(fc.constantFrom(63, 64, 65, 66, 200, 2_000, 20_000), fc.constantFrom('array', 'object', 'mixed'))
  .map(([depth, shape]) => {
    const open = (i: number) => (shape === 'array' || (shape === 'mixed' && i % 2) ? '[' : '{"a":');
    const close = (i: number) => (shape === 'array' || (shape === 'mixed' && i % 2) ? ']' : '}');
    let text = '';
    for (let i = 0; i < depth; i++) text += open(i);
    text += '1';
    for (let i = depth - 1; i >= 0; i--) text += close(i);
    return text;
  });

/** An object with more keys than the parser allows (10 000), or just under. */
export const wideJsonText = fc
  .constantFrom(9_999, 10_001, 12_000)
  .map((n) => `{${Array.from({ length: n }, (_, i) => `"k${i}":0`).join(',')}}`);

export const adversarialValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: wrongType },
  { weight: 2, arbitrary: unicodeString },
  { weight: 1, arbitrary: hugeString },
  { weight: 2, arbitrary: prototypeObject },
  { weight: 1, arbitrary: deepJsonText.map((t) => new Raw(t)) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** JSON text of `value`, with Raw tokens written verbatim. */
export function toJsonText(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, v) => {
    if (v instanceof Raw) {
      raws.push(v.text);
      return `\u0000RAW${raws.length - 1}\u0000`;
    }
    return v;
  });
  if (text === undefined) return 'null';
  return text.replace(/"\\u0000RAW(\d+)\\u0000"/g, (_m, i: string) => raws[Number(i)]!);
}

type Path = (string | number)[];

/** Every path to a property or array item of `value` (the root is `[]`). */
export function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (prefix.length > 8) return out;
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

export type Mutation =
  | { op: 'replace'; path: Path; value: unknown }
  | { op: 'delete'; path: Path }
  | { op: 'add'; path: Path; key: string; value: unknown };

/** A valid body changed in one place. */
export function mutation(valid: unknown): fc.Arbitrary<Mutation> {
  const paths = pathsOf(valid);
  const path = fc.constantFrom(...paths);
  return fc.oneof(
    { weight: 5, arbitrary: fc.record({ op: fc.constant('replace' as const), path, value: adversarialValue }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), path }) },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant('add' as const),
        path,
        key: fc.oneof(fc.constantFrom(...PROTO_KEYS), unicodeString, fc.string({ maxLength: 12 })),
        value: adversarialValue,
      }),
    },
  );
}

export function applyMutation(valid: unknown, m: Mutation): unknown {
  if (m.path.length === 0) {
    if (m.op === 'replace') return m.value;
    if (m.op === 'delete') return undefined;
  }
  const root = clone(valid) as any;
  const target =
    m.op === 'add' ? m.path.reduce((o, k) => o?.[k], root) : m.path.slice(0, -1).reduce((o, k) => o?.[k], root);
  if (target === null || typeof target !== 'object') return root;
  if (m.op === 'add') {
    if (Array.isArray(target)) target.push(m.value);
    else Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
    return root;
  }
  const last = m.path[m.path.length - 1]!;
  if (m.op === 'delete') {
    if (Array.isArray(target)) target.splice(Number(last), 1);
    else delete target[last];
  } else Object.defineProperty(target, last, { value: m.value, enumerable: true, writable: true, configurable: true });
  return root;
}

const encoder = new TextEncoder();

/** Bodies that are not valid UTF-8 JSON: broken syntax, cut short, wrong encoding, wrong top level. */
export function malformedBody(valid: unknown): fc.Arbitrary<{ kind: string; bytes: Uint8Array }> {
  const text = toJsonText(valid ?? {});
  return fc.oneof(
    fc
      .constantFrom('', '{', '}', '{"a":}', "{'a':1}", 'NaN', 'undefined', '{"a":1,}', '[1,]', '{"a" 1}', '\u0000')
      .map((t) => ({ kind: 'invalid-json', bytes: encoder.encode(t) })),
    fc
      .integer({ min: 0, max: Math.max(0, text.length - 1) })
      .map((n) => ({ kind: 'truncated', bytes: encoder.encode(text.slice(0, n)) })),
    fc.constantFrom([0xff, 0xfe], [0xc0, 0xaf], [0x80], [0xed, 0xa0, 0x80], [0xf5, 0x80, 0x80, 0x80]).map((bad) => ({
      kind: 'non-utf8',
      bytes: new Uint8Array([...encoder.encode(text.slice(0, -1)), ...bad, 0x7d]),
    })),
    fc.constant({ kind: 'utf16', bytes: new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le')) }),
    fc.constant({ kind: 'bom', bytes: encoder.encode(`\ufeff${text}`) }),
    fc.constant({ kind: 'trailing-garbage', bytes: encoder.encode(`${text} {"extra":1}`) }),
    fc
      .constantFrom('[]', '1', '"s"', 'null', 'true', '[{}]')
      .map((t) => ({ kind: 'top-level', bytes: encoder.encode(t) })),
    fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ kind: 'random-bytes', bytes })),
    deepJsonText.map((t) => ({ kind: 'deep', bytes: encoder.encode(t) })),
    wideJsonText.map((t) => ({ kind: 'wide', bytes: encoder.encode(t) })),
  );
}

/** Content-Type values a client might send instead of application/json. */
export const badContentType = fc.oneof(
  fc.constantFrom(
    undefined,
    '',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=fuzz',
    'multipart/form-data',
    'application/json; charset=utf-16',
    'application/json; charset=latin1',
    'application/json;;;;',
    'APPLICATION/JSON',
    'application/merge-patch+json',
    'application/jsonx',
    'application/octet-stream',
    'json',
    '*/*',
  ),
  fc.string({ unit: 'grapheme-ascii', maxLength: 60 }),
  fc.constant(`application/json; ${'x=1; '.repeat(3_000)}`),
);

/** Header values must be ByteStrings without CR/LF (what HTTP can carry). */
export const headerValue = fc.oneof(
  fc.string({ unit: 'grapheme-ascii', maxLength: 80 }),
  fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength: 40 }),
  fc.constantFrom(16_000, 64_000).map((n) => 'a'.repeat(n)),
);

/** Authorization values that are malformed, unknown or almost right. */
export function badAuthorization(validSecret: string): fc.Arbitrary<string | undefined> {
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
  return fc.oneof(
    fc.constantFrom(
      undefined,
      '',
      'Bearer',
      'Bearer ',
      `bearer ${validSecret}`,
      `Bearer  ${validSecret}`,
      `Bearer ${validSecret} extra`,
      `Bearer ${validSecret.slice(0, -1)}`,
      `Bearer ${validSecret}x`,
      `Token ${validSecret}`,
      `Basic ${b64(`mlflow:${validSecret}`)}`,
      `Basic ${b64(`:${validSecret}`)}`,
      `Basic ${b64('user:wrong')}`,
      'Basic !!!notbase64',
      `Basic ${b64(validSecret)}`,
      `Bearer ${'A'.repeat(20_000)}`,
      'Bearer hub_0000000000000000000000000000000000000000',
    ),
    headerValue.map((v) => `Bearer ${v}`),
    headerValue,
  );
}
