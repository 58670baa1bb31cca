/**
 * Request headers as a Fetch `Headers` object or a plain record (Node's
 * IncomingHttpHeaders, test literals). Lookup is case-insensitive either way.
 */
export type HeadersLike =
  { get(name: string): string | null } | Readonly<Record<string, string | readonly string[] | undefined>>;

function isFetchHeaders(headers: HeadersLike): headers is { get(name: string): string | null } {
  return typeof (headers as { get?: unknown }).get === 'function';
}

/**
 * The value of a header, or undefined when absent or empty. Repeated headers
 * in a record are joined with ", " as `Headers.get` does.
 */
export function getHeader(headers: HeadersLike, name: string): string | undefined {
  let value: string | null | undefined;
  if (isFetchHeaders(headers)) {
    value = headers.get(name);
  } else {
    const wanted = name.toLowerCase();
    const parts: string[] = [];
    for (const [key, raw] of Object.entries(headers)) {
      if (key.toLowerCase() !== wanted || raw === undefined) continue;
      if (typeof raw === 'string') parts.push(raw);
      else parts.push(...raw);
    }
    value = parts.length > 0 ? parts.join(', ') : undefined;
  }
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
