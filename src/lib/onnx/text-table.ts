/** Left-aligned plain-text table; the last column is not padded so lines carry no trailing blanks. */
export function textTable(headers: readonly string[], rows: readonly (readonly string[])[], indent = '  '): string {
  const all = [headers, ...rows];
  const widths = headers.map((_, col) => Math.max(...all.map((r) => (r[col] ?? '').length)));
  return all
    .map((r) =>
      headers
        .map((_, col) => (col === headers.length - 1 ? (r[col] ?? '') : (r[col] ?? '').padEnd(widths[col]!)))
        .join('  ')
        .trimEnd(),
    )
    .map((line) => indent + line)
    .join('\n');
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** `12,345 bytes (12.1 KiB)`. */
export function formatBytes(n: number): string {
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = n;
  let unit = '';
  for (const u of units) {
    if (value < 1024) break;
    value /= 1024;
    unit = u;
  }
  const exact = `${formatCount(n)} byte${n === 1 ? '' : 's'}`;
  return unit === '' ? exact : `${exact} (${value.toFixed(1)} ${unit})`;
}
