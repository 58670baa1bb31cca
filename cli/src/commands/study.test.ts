import { serve, type ServerType } from '@hono/node-server';
import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../functions/app';
import { createTestToken, modelInput } from '../../../test/factories';
import { createTestDb } from '../../../test/helpers/db';
import { EXIT_REFUSED, parseParams } from './study';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const JOURNAL = fileURLToPath(new URL('../../../test/fixtures/optuna/journal.log', import.meta.url));

function hub(
  env: Record<string, string>,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['cli/bin/hub.mjs', 'study', ...args],
      { cwd: ROOT, env: { ...process.env, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('parseParams', () => {
  it('reads name=value pairs, JSON values where they parse', () => {
    expect(parseParams(['lr=0.001', 'opt=adam', 'bn=true'])).toEqual({ lr: 0.001, opt: 'adam', bn: true });
    expect(() => parseParams(['=1'])).toThrow();
  });
});

describe('hub study', () => {
  let server: ServerType;
  let env: Record<string, string>;
  beforeAll(async () => {
    const db = await createTestDb();
    const app = createApp({ db, hooks: { clientAddress: () => '127.0.0.1' } });
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    const { authorization } = await createTestToken(db, ['write'], 'cms');
    env = {
      HUB_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      HUB_TOKEN: authorization.replace(/^Bearer /, ''),
    };
    await app.request('/api/models', {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify(modelInput({ slug: 'jet-tagger' })),
    });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  // Seven CLI processes, each starting Node and tsx: slow on a loaded 2-core machine.
  it(
    'imports an Optuna journal, reports a trial over its lifecycle and promotes the best (--json)',
    { timeout: 120_000 },
    async () => {
      const imported = await hub(
        env,
        'import',
        'jet-tagger',
        JOURNAL,
        '--slug',
        'lr',
        '--metric',
        'val_loss',
        '--json',
      );
      expect(imported.code).toBe(0);
      expect(JSON.parse(imported.stdout).imported.trials).toBe(5);
      await hub(env, 'trial', 'finish', 'jet-tagger', 'lr', '4', '--state', 'PRUNED');
      // The enqueued (WAITING) trial 5 was not imported, so the next number is 5.
      const started = await hub(env, 'trial', 'start', 'jet-tagger', 'lr', 'lr=0.0002', 'optimizer=adam', 'layers=5');
      expect(started).toMatchObject({ code: 0, stdout: '5\n' });
      expect((await hub(env, 'trial', 'report', 'jet-tagger', 'lr', '5', '0', '0.5')).code).toBe(0);
      const done = await hub(env, 'trial', 'finish', 'jet-tagger', 'lr', '5', '--value', '0.3', '--json');
      expect(JSON.parse(done.stdout)).toMatchObject({ number: 5, state: 'COMPLETE', value: 0.3 });
      const promoted = await hub(env, 'promote', 'jet-tagger', 'lr');
      expect(promoted.stdout).toBe('trial 5 registered as jet-tagger v1\n');
    },
  );

  it('exits 2 with the field paths when the hub refuses', async () => {
    const bad = await hub(env, 'trial', 'start', 'jet-tagger', 'lr', 'lr=7');
    expect(bad.code).toBe(EXIT_REFUSED);
    expect(bad.stderr).toContain('params.lr');
  });
});
