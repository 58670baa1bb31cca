import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../db/seed';
import { migrateDatabase, openDatabase } from '../../server/database';
import { SitePublisher } from '../../server/publisher';

/** The publisher with real Astro builds against a real seeded database. */
describe('SitePublisher', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-publisher-'));
  const databaseUrl = `file:${join(dir, 'hub.db')}`;
  const logs: string[] = [];

  beforeAll(async () => {
    const { client, db } = await openDatabase(databaseUrl);
    await migrateDatabase(db);
    await seedDatabase(db);
    client.close();
  });

  it('builds into a fresh folder, swaps it in and records it for restarts', async () => {
    const publisher = new SitePublisher({ siteDir: join(dir, 'site'), debounceMs: 10, buildEnv: { DATABASE_URL: databaseUrl }, log: (m) => logs.push(m) });
    expect(publisher.current()).toBeNull();
    await publisher.publish();
    const first = publisher.current()!;
    expect(existsSync(join(first, 'tools', 'swan', 'index.html'))).toBe(true);
    const pointer = JSON.parse(readFileSync(join(dir, 'site', 'current.json'), 'utf8'));
    expect(join(dir, 'site', pointer.dir)).toBe(first);

    // A second publisher (a restarted server) picks up the live build at once.
    const restarted = new SitePublisher({ siteDir: join(dir, 'site'), debounceMs: 10, buildEnv: { DATABASE_URL: databaseUrl } });
    expect(restarted.current()).toBe(first);

    await publisher.publish();
    const second = publisher.current()!;
    expect(second).not.toBe(first);
    // The previous build is kept (requests may still stream from it); older ones are removed.
    await publisher.publish();
    const builds = readdirSync(join(dir, 'site')).filter((d) => d.startsWith('build-'));
    expect(builds.sort()).toEqual([second, publisher.current()!].map((p) => p.split('/').pop()!).sort());
  }, 120_000);

  it('coalesces a burst of requests into one debounced build', async () => {
    const publisher = new SitePublisher({ siteDir: join(dir, 'burst'), debounceMs: 200, buildEnv: { DATABASE_URL: databaseUrl }, log: () => undefined });
    for (let i = 0; i < 20; i++) publisher.request(`write ${i}`);
    expect(publisher.status().state).toBe('scheduled');
    await expect.poll(() => publisher.status().builds, { timeout: 60_000, interval: 200 }).toBe(1);
    await new Promise((r) => setTimeout(r, 500));
    expect(publisher.status()).toMatchObject({ state: 'idle', builds: 1, lastError: null });
  }, 120_000);

  it('keeps the live site when a build fails, and reports the error', async () => {
    const siteDir = join(dir, 'failing');
    const good = new SitePublisher({ siteDir, debounceMs: 10, buildEnv: { DATABASE_URL: databaseUrl }, log: () => undefined });
    await good.publish();
    const live = good.current();
    const broken = new SitePublisher({ siteDir, debounceMs: 10, buildEnv: { DATABASE_URL: `file:${join(dir, 'missing', 'nope.db')}` }, log: () => undefined });
    expect(broken.current()).toBe(live);
    await expect(broken.publish()).rejects.toThrow(/site build exited/);
    expect(broken.current()).toBe(live);
    expect(broken.status().lastError).toMatch(/site build exited/);
    expect(readdirSync(siteDir).filter((d) => d.startsWith('build-'))).toHaveLength(1);
  }, 120_000);
});
