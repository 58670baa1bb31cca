import { serve, type ServerType } from '@hono/node-server';
import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedHub } from '../../../db/seed';
import { createApp } from '../../../functions/app';
import { createTestToken } from '../../../test/factories';
import { createTestDb } from '../../../test/helpers/db';
import { EXIT_NOT_FOUND, EXIT_UNAVAILABLE, versionPath } from './model';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Runs `node cli/bin/hub.mjs model show …` as a user would. */
function hub(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['cli/bin/hub.mjs', 'model', 'show', ...args],
      { cwd: ROOT },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

describe('versionPath', () => {
  it('maps slug, slug@alias and slug:version to the API', () => {
    expect(versionPath('jet-btag')).toBe('/api/models/jet-btag/aliases/latest/version');
    expect(versionPath('jet-btag@production')).toBe('/api/models/jet-btag/aliases/production/version');
    expect(versionPath('jet-btag:3')).toBe('/api/models/jet-btag/versions/3');
    expect(versionPath('Jet Btag')).toBeNull();
    expect(versionPath('jet-btag@')).toBeNull();
  });
});

describe('hub model show', () => {
  let server: ServerType;
  let url = '';
  beforeAll(async () => {
    const db = await createTestDb();
    await seedHub(db);
    const app = createApp({ db, hooks: { clientAddress: () => '127.0.0.1' } });
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // Point production at v1 of the seeded b-tagger.
    const { authorization } = await createTestToken(db, ['maintainer'], 'hub');
    const moved = await app.request('/api/models/jet-btag/aliases/production', {
      method: 'PUT',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify({ version: 1, reason: 'CLI test' }),
    });
    expect(moved.status).toBe(201);
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('names the version production points at, with its metrics and how to fetch and check each artifact', async () => {
    const { code, stdout } = await hub('jet-btag@production', '--url', url);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^jet-btag v1 {2}\(ready; production\)/);
    expect(stdout).toMatch(/auc\s+0\.967\d*\s+held-out/);
    expect(stdout).toContain(`$ curl -fL -o 'jet-btag.onnx' '${url}/models/jet-btag.onnx'`);
    expect(stdout).toMatch(/\$ echo '[0-9a-f]{64} {2}jet-btag\.onnx' \| sha256sum -c -/);
  });

  it('prints the API answer with --json, and a version by number', async () => {
    const { code, stdout } = await hub('jet-btag:1', '--url', url, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ model: 'jet-btag', version: 1, aliases: ['production'] });
  });

  it('exits 2 for an unknown alias or model and a malformed reference, 1 when the hub cannot be reached', async () => {
    const staging = await hub('jet-btag@staging', '--url', url);
    expect(staging.code).toBe(EXIT_NOT_FOUND);
    expect(staging.stderr).toMatch(/error: .*staging/);
    expect((await hub('no-such-model', '--url', url)).code).toBe(EXIT_NOT_FOUND);
    const malformed = await hub('Not A Slug', '--url', url);
    expect(malformed.code).toBe(EXIT_NOT_FOUND);
    expect(malformed.stderr).toContain('is not a model reference');
    const down = await hub('jet-btag', '--url', 'http://127.0.0.1:9');
    expect(down.code).toBe(EXIT_UNAVAILABLE);
    expect(down.stderr).toContain('could not reach the hub at http://127.0.0.1:9');
  });
});
