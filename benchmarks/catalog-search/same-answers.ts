/**
 * Result identity for search speed-ups: every answer the benchmark's queries get, byte for byte.
 *   npx tsx benchmarks/catalog-search/same-answers.ts --db <kept catalog.db> --write before.json
 *   npx tsx benchmarks/catalog-search/same-answers.ts --db <kept catalog.db> --compare before.json
 * Asks the real app (app.request) for the 300 exact and 300 mistyped queries of the benchmark at
 * offsets 0, 20, 480, 510 and 1,000 (the cursor the API hands out), with and without facets, and
 * for every typed prefix the suggest run uses; records status, content type and body of each.
 * With --compare, prints the first differences and exits 1 when any answer differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createApp } from '../../functions/app';
import { openDatabase } from '../../server/database';
import { encodeCursor } from '../../src/lib/cursor';
import { benchmarkQueries, typedPrefixes, typoQueries } from './generate';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    queries: { type: 'string', default: '300' },
    write: { type: 'string' },
    compare: { type: 'string' },
  },
});
if (!values.db || (!values.write && !values.compare))
  throw new Error('--db <file> and --write <answers.json> or --compare <answers.json>');
const { client, db } = await openDatabase(`file:${values.db}`);
const app = createApp({ db, config: { publicUrl: 'http://localhost:4321' } });

const OFFSETS = [0, 20, 480, 510, 1000];
const queries = benchmarkQueries(Number(values.queries));
const typos = typoQueries(Number(values.queries));
const paths: string[] = [];
for (const q of [...queries, ...typos])
  for (const offset of OFFSETS)
    for (const facets of ['true', 'false'])
      paths.push(
        `/api/search?${new URLSearchParams({
          q: q.q,
          ...q.filters,
          limit: '20',
          facets,
          ...(offset > 0 ? { cursor: encodeCursor([offset]) } : {}),
        })}`,
      );
const typed = typedPrefixes([
  ...queries.slice(0, Math.ceil(queries.length / 2)),
  ...typos.slice(0, Math.ceil(typos.length / 2)),
]);
// Every prefix of every query, not only the benchmark's half.
const prefixes = [...new Set([...typed, ...typedPrefixes([...queries, ...typos])])];
for (const q of prefixes) paths.push(`/api/search/suggest?${new URLSearchParams({ q })}`);

const answers: Record<string, string> = {};
for (const path of paths) {
  const res = await app.request(path);
  answers[path] = `${res.status} ${res.headers.get('content-type')}\n${await res.text()}`;
}
client.close();
const searches = paths.length - prefixes.length;
console.log(`${searches} searches, ${prefixes.length} suggestion prefixes`);

if (values.write) {
  writeFileSync(values.write, JSON.stringify(answers));
  console.log(`wrote ${values.write}`);
} else {
  const before = JSON.parse(readFileSync(values.compare!, 'utf8')) as Record<string, string>;
  const differ = paths.filter((p) => before[p] !== answers[p]);
  const missing = Object.keys(before).filter((p) => !(p in answers));
  for (const p of differ.slice(0, 5)) {
    console.log(`DIFFERS ${p}`);
    console.log(`  before: ${(before[p] ?? '(none)').slice(0, 600)}`);
    console.log(`  after:  ${answers[p]!.slice(0, 600)}`);
  }
  console.log(
    differ.length === 0 && missing.length === 0
      ? `identical: all ${paths.length} answers byte for byte (${values.compare})`
      : `${differ.length} of ${paths.length} answers differ, ${missing.length} missing`,
  );
  if (differ.length > 0 || missing.length > 0) process.exitCode = 1;
}
