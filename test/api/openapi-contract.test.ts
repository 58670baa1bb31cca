import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import createClient from 'openapi-fetch';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVENT_SCHEMAS, eventComponentName } from '../../functions/events/schemas';
import { createTestHub, type TestHub } from '../helpers/app';
import { createTestToken } from '../factories';
import type { paths } from '../generated/hub-api.generated';
import { API_TYPES_PATH, renderApiTypes } from '../generated/render-api-types';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
// A host that is neither localhost nor example.com, as in production (`no-server-example.com`).
const ORIGIN = 'https://ml-hub.cern.ch';

type Json = Record<string, any>;
interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { pointer: string }[];
}

let hub: TestHub;
let doc: Json;

beforeAll(async () => {
  hub = await createTestHub();
  const res = await hub.app.request(`${ORIGIN}/api/openapi.json`);
  expect(res.status).toBe(200);
  doc = (await res.json()) as Json;
});

/** Every value under `key` anywhere in the document, with its JSON pointer. */
function collect(node: unknown, key: string, at = '#'): { at: string; value: any }[] {
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) => [
    ...(k === key ? [{ at: `${at}/${k}`, value: v }] : []),
    ...collect(v, key, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`),
  ]);
}

describe('the OpenAPI document', () => {
  it('passes redocly lint (redocly.yaml) with 0 errors; the only warnings are the event payload components', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hub-openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      await writeFile(file, JSON.stringify(doc));
      // `redocly lint` exits 1 when it finds errors; the JSON report on stdout says which either way.
      const { stdout } = await run(
        join(root, 'node_modules/.bin/redocly'),
        ['lint', file, '--config', join(root, 'redocly.yaml'), '--format=json', '--max-problems=1000'],
        { env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' }, cwd: dir },
      ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
      const report = JSON.parse(stdout) as { totals: { errors: number }; problems: LintProblem[] };
      const describe = (p: LintProblem) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`;
      expect(report.problems.filter((p) => p.severity === 'error').map(describe)).toEqual([]);
      expect(report.totals.errors).toBe(0);
      // The justified warnings (see redocly.yaml): unused components are exactly the event payload schemas.
      const warnings = report.problems.filter((p) => p.severity === 'warn');
      expect(warnings.filter((p) => p.ruleId !== 'no-unused-components').map(describe)).toEqual([]);
      expect(warnings.map((p) => p.location[0]?.pointer).sort()).toEqual(
        EVENT_SCHEMAS.map((entry) => `#/components/schemas/${eventComponentName(entry)}`).sort(),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('names an operationId and its security on every operation', () => {
    const schemes = Object.keys(doc.components.securitySchemes);
    for (const [path, item] of Object.entries<Json>(doc.paths)) {
      for (const [method, op] of Object.entries<Json>(item)) {
        const where = `${method.toUpperCase()} ${path}`;
        expect(op.operationId, where).toMatch(/^[a-z][A-Za-z0-9]+$/);
        expect(Array.isArray(op.security), `${where} declares security`).toBe(true);
        for (const requirement of op.security)
          for (const name of Object.keys(requirement)) expect(schemes).toContain(name);
      }
    }
  });

  it('states patterns as flagless ECMA-262 regexes (no "/i" or "/u" from the JavaScript source)', () => {
    const patterns = collect(doc, 'pattern');
    expect(patterns.length).toBeGreaterThan(10);
    for (const { at, value } of patterns) {
      expect(value, at).not.toMatch(/\/[dgimsuvy]+$/);
      expect(() => new RegExp(value, 'u'), at).not.toThrow();
    }
    const uri = doc.components.schemas.ArtifactInput.properties.uri.pattern;
    expect(new RegExp(uri, 'u').test('ROOT://eosatlas.cern.ch//eos/x.onnx')).toBe(true);
    expect(new RegExp(uri, 'u').test('ftp://x')).toBe(false);
  });

  it('states nullable references as anyOf with null, so validators accept null', () => {
    const broken = collect(doc, 'allOf').filter(({ value }) =>
      value.some((s: Json) => Array.isArray(s.type) && s.type.includes('null')),
    );
    expect(broken.map((b) => b.at)).toEqual([]);
    expect(doc.components.schemas.DatasetVersion.properties.producedBy).toEqual({
      anyOf: [{ $ref: '#/components/schemas/ProducedBy' }, { type: 'null' }],
    });
  });

  it('has no path template with two parameters in one segment', () => {
    for (const path of Object.keys(doc.paths)) {
      for (const segment of path.split('/')) expect(segment, path).not.toMatch(/\}.*\{|[^/]\{|\}[^/]/);
    }
  });
});

describe('the typed client', () => {
  it(`is generated from the current document (run \`npm run api:types\` when this fails)`, async () => {
    expect(await readFile(join(root, API_TYPES_PATH), 'utf8')).toBe(await renderApiTypes());
  }, 60_000);

  describe('openapi-fetch against the app', () => {
    const client = () => createClient<paths>({ baseUrl: ORIGIN, fetch: async (request) => hub.app.fetch(request) });
    let writer: string;
    let maintainer: string;

    beforeAll(async () => {
      writer = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
      maintainer = (await createTestToken(hub.db, ['maintainer'], 'cms')).authorization;
    });

    it('registers a model and a version, points production at it and reads it back, typed end to end', async () => {
      const api = client();
      const created = await api.POST('/api/models', {
        body: { slug: 'typed-client', name: 'Typed client', summary: 'Tags jets.', task: 'jet-tagging' },
        headers: { authorization: writer },
      });
      expect(created.response.status).toBe(201);
      expect(created.data?.slug).toBe('typed-client');

      const version = await api.POST('/api/models/{slug}/versions', {
        params: { path: { slug: 'typed-client' } },
        body: {
          artifacts: [
            {
              name: 'model.onnx',
              format: 'onnx',
              uri: 's3://models/typed-client/model.onnx',
              bytes: 4096,
              sha256: 'ab'.repeat(32),
              precision: 'fp32',
            },
          ],
        },
        headers: { authorization: writer },
      });
      expect(version.data?.version).toBe(1);

      const alias = await api.PUT('/api/models/{slug}/aliases/{alias}', {
        params: { path: { slug: 'typed-client', alias: 'production' } },
        body: { version: 1 },
        headers: { authorization: maintainer },
      });
      expect(alias.response.status).toBe(201);

      const production = await api.GET('/api/models/{slug}/aliases/{alias}/version', {
        params: { path: { slug: 'typed-client', alias: 'production' } },
      });
      const resolved: number | undefined = production.data?.version;
      expect(resolved).toBe(1);
      expect(production.data?.aliases).toEqual(['production']);

      const missing = await api.GET('/api/models/{slug}', { params: { path: { slug: 'no-such-model' } } });
      expect(missing.response.status).toBe(404);
      expect(missing.error?.error.code).toBe('not_found');
    });
  });
});
