/**
 * Site publishing on the Node host: cold start (fresh database and no site) to the first
 * served page, the site build time, and the republish latency (write → new page live).
 *   npm run bench:site-publishing [-- --rounds 3]
 */
import { parseArgs } from 'node:util';
import { createToken } from '../../db/queries/tokens';
import { openDatabase } from '../../server/database';
import { startHub, waitFor } from '../../test/helpers/hub-server';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' } } });
const rounds = Number(values.rounds);
const TARGET_REPUBLISH_S = 60;

const started = performance.now();
// A fresh database and site folder under data/, laid out as `npm start`'s (removed on stop).
const hub = await startHub({ REPUBLISH_DEBOUNCE_MS: '2000' });
await waitFor(async () => {
  if ((await fetch(`${hub.url}/tools/`)).status !== 200) throw new Error('not served');
});
const coldMs = performance.now() - started;
const firstBuildMs = (await (await fetch(`${hub.url}/api/site/status`)).json()).lastBuildMs as number;

const { client, db } = await openDatabase(hub.databaseUrl);
const { secret } = await createToken(db, { name: 'bench', scopes: ['admin'], groupId: 'it' });
client.close();

const republish: number[] = [];
const builds: number[] = [];
for (let round = 0; round < rounds; round++) {
  const slug = `bench-tool-${round}-${Date.now()}`;
  const t0 = performance.now();
  const res = await fetch(`${hub.url}/api/tools`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      slug,
      name: slug,
      summary: 'Benchmark probe.',
      categories: ['library'],
      accessSteps: [{ text: 'None.' }],
    }),
  });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  await waitFor(
    async () => {
      if ((await fetch(`${hub.url}/tools/${slug}/`)).status !== 200) throw new Error('not live');
    },
    { timeoutMs: 120_000, intervalMs: 100 },
  );
  republish.push(performance.now() - t0);
  builds.push((await (await fetch(`${hub.url}/api/site/status`)).json()).lastBuildMs);
}
await hub.stop();

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log('site publishing (Node host, embedded libSQL, this machine)');
console.log(`  cold npm start → first served page : ${s(coldMs)} (includes migrate, seed, first build)`);
console.log(`  first site build                   : ${s(firstBuildMs)}`);
console.log(`  site builds during republish       : ${builds.map(s).join(', ')}`);
console.log(`  republish latency (write → live)   : ${republish.map(s).join(', ')} (debounce 2.0 s included)`);
console.log(
  `  target: new page live within ${TARGET_REPUBLISH_S} s → ${Math.max(...republish) < TARGET_REPUBLISH_S * 1000 ? 'MET' : 'NOT MET'}`,
);
