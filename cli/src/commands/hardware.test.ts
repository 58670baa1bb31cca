import { serve, type ServerType } from '@hono/node-server';
import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../../db/seed';
import { createApp } from '../../../functions/app';
import { createTestToken } from '../../../test/factories';
import { createTestDb } from '../../../test/helpers/db';
import { EXIT_NOT_FOUND, EXIT_REFUSED } from './hardware';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Runs `node cli/bin/hub.mjs hardware …` as a user would. */
function hub(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['cli/bin/hub.mjs', 'hardware', ...args],
      { cwd: ROOT, env: { ...process.env, HUB_TOKEN: '' } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('hub hardware', () => {
  let server: ServerType;
  let url = '';
  let alice = '';
  let cms = '';
  beforeAll(async () => {
    const db = await createTestDb();
    await seedDatabase(db);
    const app = createApp({ db, hooks: { clientAddress: () => '127.0.0.1' } });
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    alice = (await createTestToken(db, ['write'], 'alice')).secret;
    cms = (await createTestToken(db, ['write'], 'cms')).secret;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('lists the seeded pools, filtered, as text and as JSON', async () => {
    const all = await hub('list', '--url', url, '--json');
    expect(all.code).toBe(0);
    expect(JSON.parse(all.stdout).length).toBeGreaterThanOrEqual(8);
    const technical = await hub('list', '--url', url, '--zone', 'technical');
    expect(technical.code).toBe(0);
    expect(technical.stdout).toMatch(/^technical-network-k8s\s+Technical network Kubernetes/m);
    expect(technical.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('reports capacity with an owner token and shows it on get; refuses another group with exit code 3', async () => {
    const refused = await hub('report-capacity', 'alice-epn', '--url', url, '--token', cms, '--free', '4');
    expect(refused.code).toBe(EXIT_REFUSED);
    expect(refused.stderr).toMatch(/belongs to group "alice"/);
    const done = await hub(
      'report-capacity',
      'alice-epn',
      '--url',
      url,
      '--token',
      alice,
      '--free',
      '4',
      '--total',
      '16',
      '--queue',
      '2',
      '--json',
    );
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({ pool: 'alice-epn', freeGpus: 4, totalGpus: 16, queueLength: 2 });
    const shown = await hub('get', 'alice-epn', '--url', url);
    expect(shown.stdout).toMatch(/capacity\s+up, 4\/16 GPUs free, 2 queued \(updated /);
    expect(shown.stdout).toMatch(/not yet verified/);
  });

  it('exits 2 for an unknown pool and 3 for an invalid count', async () => {
    expect((await hub('get', 'no-such-pool', '--url', url)).code).toBe(EXIT_NOT_FOUND);
    const bad = await hub(
      'report-capacity',
      'alice-epn',
      '--url',
      url,
      '--token',
      alice,
      '--free',
      '9',
      '--total',
      '8',
    );
    expect(bad.code).toBe(EXIT_REFUSED);
    expect(bad.stderr).toMatch(/freeGpus: freeGpus cannot exceed totalGpus/);
  });
});
