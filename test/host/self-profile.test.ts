import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../db/seed';
import { seedCatalogFromManifest } from '../../db/seed/catalog-from-manifest';
import { migrateDatabase, openDatabase } from '../../server/database';
import type { SelfProfileStatus } from '../../server/self-profile';
import { startHub, waitFor, type RunningHub } from '../helpers/hub-server';

/** A hub directory whose database already holds the demo models in its catalog (as the seed registers them). */
async function hubDirWithDemoModels(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'hub-self-profile-'));
  const { client, db } = await openDatabase(`file:${join(dir, 'hub.db')}`);
  await migrateDatabase(db);
  await seedDatabase(db);
  await seedCatalogFromManifest(db, JSON.parse(readFileSync('public/models/manifest.json', 'utf8')));
  client.close();
  return dir;
}

const statusOf = async (hub: RunningHub) =>
  (await (await fetch(`${hub.url}/api/benchmarks/self-profile`)).json()) as SelfProfileStatus;

describe('first-start self-profile', () => {
  const hubs: RunningHub[] = [];
  afterAll(async () => {
    await Promise.all(hubs.map((h) => h.stop()));
  });

  it('serves pages at once, then measures the demo models here, bounded, and stores real harness results', async () => {
    const hub = await startHub({ SELF_PROFILE: '1', SELF_PROFILE_SECONDS: '8' }, { dir: await hubDirWithDemoModels() });
    hubs.push(hub);
    // Serving does not wait for the profile.
    expect((await fetch(`${hub.url}/benchmarks/`)).status).toBe(200);
    expect(['waiting', 'running']).toContain((await statusOf(hub)).state);

    const done = await waitFor(
      async () => {
        const status = await statusOf(hub);
        if (status.state !== 'done') throw new Error(`self-profile is ${status.state}: ${status.message}`);
        return status;
      },
      { timeoutMs: 90_000, intervalMs: 500 },
    );
    expect(done.stored).toBeGreaterThan(0);
    expect(done.message).toMatch(/^Measured on this machine in \d+ s/);

    const results = await (await fetch(`${hub.url}/api/benchmarks?source=harness&limit=100`)).json();
    expect(results.total).toBe(done.stored);
    const record = results.items[0];
    expect(record.provenance).toMatchObject({ source: 'harness', submitter: 'this hub (first-start self-profile)' });
    expect(record.engine.name).toBe('onnxruntime-node');
    expect(record.results.iterations).toBeGreaterThanOrEqual(200);
    expect(record.settings.minDurationMs).toBe(1000);
    // Bounded: 8 s leaves room for a few of the 12 configurations, never all of them.
    expect(done.stored).toBeLessThan(12);
  });

  it('stays off with SELF_PROFILE=0 and says how to fill the pages instead', async () => {
    const hub = await startHub({ SELF_PROFILE: '0' }, { dir: await hubDirWithDemoModels() });
    hubs.push(hub);
    const status = await statusOf(hub);
    expect(status.state).toBe('disabled');
    expect(status.message).toContain('npm run bench:models -- --url');
    expect((await (await fetch(`${hub.url}/api/benchmarks`)).json()).total).toBe(0);
  });
});
