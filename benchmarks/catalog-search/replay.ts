/**
 * Replays the benchmark's searches through app.request, for a CPU profile of the API's own work:
 *   node --cpu-prof --cpu-prof-dir /tmp/prof --import tsx benchmarks/catalog-search/replay.ts --db <kept catalog.db>
 */
import { parseArgs } from 'node:util';
import { createApp } from '../../functions/app';
import { openDatabase } from '../../server/database';
import { benchmarkQueries, typoQueries } from './generate';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    queries: { type: 'string', default: '300' },
  },
});
if (!values.db) throw new Error('--db <file>');
const { client, db } = await openDatabase(`file:${values.db}`);
const app = createApp({ db, config: { publicUrl: 'http://localhost:4321' } });
const queries = [...benchmarkQueries(Number(values.queries)), ...typoQueries(Number(values.queries))];
const path = (q: { q: string; filters: Record<string, string> }) =>
  `/api/search?${new URLSearchParams({ q: q.q, ...q.filters, limit: '20' })}`;
const start = performance.now();
for (let round = 0; round < Number(values.rounds); round++)
  for (const q of queries) await (await app.request(path(q))).json();
const ms = performance.now() - start;
console.log(
  `${queries.length} queries × ${values.rounds}: ${(ms / queries.length / Number(values.rounds)).toFixed(2)} ms a search`,
);
client.close();
