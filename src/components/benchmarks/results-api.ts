import type { BenchmarkResultJson } from '../../lib/benchmarks/result-json';

/** The results of a list endpoint, following `nextCursor` (1000 a page) for at most `maxPages` pages. */
export async function fetchAllResults(path: string, maxPages = 20): Promise<BenchmarkResultJson[]> {
  const results: BenchmarkResultJson[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const url = new URL(path, location.origin);
    url.searchParams.set('limit', '1000');
    if (cursor) url.searchParams.set('cursor', cursor);
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`${url.pathname} answered HTTP ${response.status}`);
    const body = (await response.json()) as { items: BenchmarkResultJson[]; nextCursor: string | null };
    results.push(...body.items);
    cursor = body.nextCursor;
    if (!cursor) break;
  }
  return results;
}
