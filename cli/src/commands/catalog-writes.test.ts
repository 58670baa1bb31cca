import { serve, type ServerType } from '@hono/node-server';
import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Each command is a fresh node + tsx process: seconds apiece on a loaded machine.
const SLOW = { timeout: 600_000 };
import { createApp } from '../../../functions/app';
import { createTestToken, modelVersionInput } from '../../../test/factories';
import { createTestDb } from '../../../test/helpers/db';
import { EXIT, exitCodeFor } from './catalog-writes';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
let server: ServerType;
let url = '';
let token = '';
let otherToken = '';

/** Runs `node cli/bin/hub.mjs …` as a CI job would, against the real app. */
function hub(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['cli/bin/hub.mjs', ...args],
      { cwd: ROOT, env: { ...process.env, HUB_URL: url, HUB_TOKEN: token, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  const db = await createTestDb();
  const app = createApp({ db, hooks: { clientAddress: () => '127.0.0.1' } });
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  token = (await createTestToken(db, ['maintainer'], 'cms')).secret;
  otherToken = (await createTestToken(db, ['write'], 'atlas')).secret;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('exitCodeFor', () => {
  it('gives each kind of refusal its own code', () => {
    expect([404, 400, 422, 401, 403, 409, 500, 503].map(exitCodeFor)).toEqual([
      EXIT.notFound,
      EXIT.validation,
      EXIT.validation,
      EXIT.auth,
      EXIT.auth,
      EXIT.conflict,
      EXIT.unavailable,
      EXIT.unavailable,
    ]);
    expect(new Set(Object.values(EXIT)).size).toBe(Object.keys(EXIT).length);
  });
});

describe('hub catalog writes', SLOW, () => {
  it('creates a model, registers versions, sets an alias, deploys, archives and refuses a protected delete', async () => {
    const created = await hub([
      'model',
      'create',
      'cli-tagger',
      '--name',
      'CLI tagger',
      '--summary',
      'Made by the CLI test.',
      '--task',
      'jet-tagging',
      '--json',
    ]);
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({ slug: 'cli-tagger', ownerGroup: 'cms' });

    const registered = await hub(['version', 'register', 'cli-tagger', '--data', JSON.stringify(modelVersionInput())]);
    expect(registered).toMatchObject({ code: 0, stdout: 'registered cli-tagger v1\n' });
    expect((await hub(['version', 'register', 'cli-tagger', '--data', JSON.stringify(modelVersionInput())])).code).toBe(
      0,
    );

    expect((await hub(['alias', 'set', 'cli-tagger', 'production', '1', '--reason', 'CLI test'])).stdout).toBe(
      'cli-tagger@production → v1\n',
    );
    const deployed = await hub([
      'deployment',
      'create',
      'cli-tagger',
      '2',
      '--kind',
      'hlt',
      '--target',
      'HLT menu',
      '--json',
    ]);
    expect(deployed.code).toBe(0);
    const listed = await hub(['deployment', 'list', 'cli-tagger']);
    expect(listed.stdout).toContain('v2  hlt  HLT menu');

    const refused = await hub(['version', 'delete', 'cli-tagger', '1']);
    expect(refused.code).toBe(EXIT.conflict);
    expect(refused.stderr).toContain('Alias "production" points at v1');
    expect((await hub(['model', 'delete', 'cli-tagger'])).code).toBe(EXIT.conflict);

    const archived = await hub(['model', 'archive', 'cli-tagger', '--reason', 'superseded', '--json']);
    expect(archived.code).toBe(0);
    expect(JSON.parse(archived.stdout).archivedAt).toEqual(expect.any(String));
    expect((await hub(['version', 'archive', 'cli-tagger', '2'])).stdout).toBe('cli-tagger v2 archived\n');
    expect((await hub(['model', 'update', 'cli-tagger', '--summary', 'Now archived.', '--json'])).code).toBe(0);
  });

  it('creates, versions, archives and deletes a dataset', async () => {
    expect(
      (await hub(['dataset', 'create', 'cli-jets', '--name', 'CLI jets', '--summary', 'Jets.', '--format', 'root']))
        .code,
    ).toBe(0);
    const version = await hub([
      'dataset',
      'version',
      'register',
      'cli-jets',
      'v1',
      '--bytes',
      '1000',
      '--files',
      '2',
      '--replica',
      'root://eos.example.org//eos/cli/v1/',
    ]);
    expect(version).toMatchObject({ code: 0, stdout: 'registered cli-jets v1\n' });
    expect((await hub(['dataset', 'version', 'archive', 'cli-jets', 'v1'])).stdout).toBe('cli-jets v1 archived\n');
    expect((await hub(['dataset', 'delete', 'cli-jets'])).stdout).toBe('dataset cli-jets deleted\n');
  });

  it('exits 2 not found, 3 validation, 4 auth, 64 usage, 1 unreachable', async () => {
    const [notFound, invalid, otherGroup, noToken, badVersion, missing, down] = await Promise.all([
      hub(['model', 'archive', 'no-such-model']),
      hub(['model', 'create', 'x', '--name', 'X']),
      hub(['model', 'archive', 'cli-tagger'], { HUB_TOKEN: otherToken }),
      hub(['model', 'archive', 'cli-tagger'], { HUB_TOKEN: '' }),
      hub(['version', 'archive', 'cli-tagger', 'two']),
      hub(['model', 'archive']),
      hub(['model', 'archive', 'cli-tagger'], { HUB_URL: 'http://127.0.0.1:1' }),
    ]);
    expect(notFound.code).toBe(EXIT.notFound);
    expect(invalid.code).toBe(EXIT.validation);
    expect(invalid.stderr).toMatch(/slug|summary/);
    expect(otherGroup.code).toBe(EXIT.auth);
    expect(noToken.code).toBe(EXIT.auth);
    expect(badVersion.code).toBe(EXIT.usage);
    expect(missing.code).toBe(EXIT.usage);
    expect(down.code).toBe(EXIT.unavailable);
  });

  it('lists benchmark results as JSON', async () => {
    const list = await hub(['benchmark', 'list', '--model', 'cli-tagger', '--json']);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toMatchObject({ items: [] });
  });
});
