import type { OpsetSpan } from './op-list-types';

/** Parses `6+`, `9-10`, `11` and comma unions such as `19-21,22+`. Throws on anything else. */
export function parseOpsetRange(text: string): OpsetSpan[] {
  return text.split(',').map((part): OpsetSpan => {
    const m = /^(\d+)(?:(\+)|-(\d+))?$/.exec(part.trim());
    if (!m) throw new Error(`invalid opset range '${text}'`);
    const from = Number(m[1]);
    if (m[2]) return [from, null];
    const to = m[3] === undefined ? from : Number(m[3]);
    if (to < from) throw new Error(`invalid opset range '${text}' (end before start)`);
    return [from, to];
  });
}

/** A null span list means the list names no range: every opset is accepted. */
export function opsetInSpans(opset: number, spans: readonly OpsetSpan[] | null): boolean {
  if (spans === null) return true;
  return spans.some(([from, to]) => opset >= from && (to === null || opset <= to));
}

/** "starts at opset 13", "covers opsets 7-9": how a range excludes an opset, for messages. */
export function describeSpans(spans: readonly OpsetSpan[]): string {
  const first = spans[0];
  if (spans.length === 1 && first && first[1] === null) return `starts at opset ${first[0]}`;
  const parts = spans.map(([from, to]) => (to === null ? `${from}+` : from === to ? `${from}` : `${from}-${to}`));
  return `covers opsets ${parts.join(', ')}`;
}
