import { beforeEach, describe, expect, it } from 'vitest';
import { createTestToken, datasetInput } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';
import { dataAccessInput } from '../helpers/data-access';

let hub: TestHub;
let alice: string;
let cms: string;
let admin: string;
let readOnly: string;
let noGroup: string;

const auth = (authorization: string) => ({ headers: { authorization } });
const post = (body: unknown, token = alice) =>
  hub.call('POST', '/api/benchmarks/data-access', { body, ...auth(token) });

/** A copy of the valid input with `path` set to `value` (undefined deletes it). */
function withField(path: string, value: unknown): Record<string, unknown> {
  const body = structuredClone(dataAccessInput()) as Record<string, any>;
  const keys = path.split('.');
  let at = body;
  for (const k of keys.slice(0, -1)) at = at[k] ??= {};
  if (value === undefined) delete at[keys.at(-1)!];
  else at[keys.at(-1)!] = value;
  return body;
}

async function createPool(slug: string) {
  const res = await hub.call('POST', '/api/hardware', {
    body: {
      slug,
      name: `Pool ${slug}`,
      summary: 'GPUs.',
      site: 'CERN',
      zone: 'general-purpose',
      availability: 'shared',
      access: 'Ask.',
    },
    ...auth(cms),
  });
  expect(res.status).toBe(201);
}

beforeEach(async () => {
  hub = await createTestHub();
  alice = (await createTestToken(hub.db, ['write'], 'alice')).authorization;
  cms = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
  admin = (await createTestToken(hub.db, ['admin'], 'it')).authorization;
  readOnly = (await createTestToken(hub.db, [], 'alice')).authorization;
  noGroup = (await createTestToken(hub.db, ['write'])).authorization;
});

describe('POST /api/benchmarks/data-access', () => {
  it('stores a result owned by the token group, judged by the hub, with provenance and a Location', async () => {
    await createPool('scratch-nodes');
    const res = await post(dataAccessInput({ hardwarePool: 'scratch-nodes' }));
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`/api/benchmarks/data-access/${res.json.id}`);
    expect(res.json.id).toMatch(/^da_/);
    expect(res.json).toMatchObject({
      storage: { kind: 'local-nvme', protocol: 'posix' },
      file: { format: 'parquet', sizeBytes: 64_000_000, count: 4 },
      reader: { name: 'hyparquet', version: '1.25.1' },
      settings: { concurrency: 4, cacheState: 'warm', repetitions: 3, readPattern: 'full-file' },
      hardwarePool: { slug: 'scratch-nodes', name: 'Pool scratch-nodes' },
      dataset: null,
      visibility: 'public',
      validity: { valid: true, flags: [] },
      setupLabel: 'local NVMe · POSIX · Parquet · hyparquet 1.25.1',
      hardwareLabel: expect.stringContaining('EPYC'),
      supersedes: null,
      supersededBy: null,
    });
    expect(res.json.provenance).toMatchObject({ source: 'harness', eventRef: null });
    expect(res.json.provenance.submitter).toBeTruthy();
    expect(hub.changes.at(-1)!.tags).toEqual(['benchmarks', 'hardware:scratch-nodes']);
    const got = await hub.call('GET', res.json.links.self);
    expect(got.status).toBe(200);
    expect(got.json).toEqual(res.json);
  });

  it('defaults source to ci, measuredAt to now, submitter to the token name', async () => {
    const before = Date.now();
    const res = await post(withField('provenance', undefined));
    expect(res.status).toBe(201);
    expect(res.json.provenance.source).toBe('ci');
    expect(Date.parse(res.json.provenance.measuredAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('401 without a token, 403 without write scope or without a group', async () => {
    expect((await hub.call('POST', '/api/benchmarks/data-access', { body: dataAccessInput() })).status).toBe(401);
    expect((await post(dataAccessInput(), readOnly)).status).toBe(403);
    const res = await post(dataAccessInput(), noGroup);
    expect(res.status).toBe(403);
    expect(res.json.error.message).toMatch(/no group/);
  });

  const invalid: [string, unknown][] = [
    ['storage.kind', 'floppy'],
    ['storage.protocol', 'ftp'],
    ['storage.endpoint', 'user:pw@eos.cern.ch'],
    ['storage.description', ''],
    ['file.format', 'xlsx'],
    ['file.sizeBytes', 0],
    ['file.sizeBytes', 1.5],
    ['file.count', 0],
    ['file.eventsPerFile', -1],
    ['file.compression', 'x'.repeat(61)],
    ['reader.name', 'Uproot'],
    ['reader.version', ''],
    ['settings.concurrency', 0],
    ['settings.concurrency', 100_001],
    ['settings.cacheState', 'lukewarm'],
    ['settings.repetitions', 0],
    ['settings.readPattern', 'sideways'],
    ['results.durationMs', 0],
    ['results.bytesRead', 0],
    ['results.throughputMBps', -1],
    ['results.eventsPerSec', 0],
    ['results.timeToFirstByteMs', -0.1],
    ['results.throughputCv', -0.01],
    ['results.peakMemoryBytes', -1],
    ['hardware', {}],
    ['software.containerImageDigest', 'latest'],
    ['hardwarePool', 'Not A Slug'],
    ['dataset', 'x'],
    ['supersedes', 'bm_0123456789'],
    ['provenance.source', 'community'],
    ['provenance.measuredAt', '2999-01-01T00:00:00Z'],
    ['provenance.rawLogUrl', 'ftp://logs'],
    ['validity.valid', 'yes'],
    ['extra', 1],
    ['storage', undefined],
    ['file', undefined],
    ['reader', undefined],
    ['settings', undefined],
    ['results', undefined],
    ['hardware', undefined],
    ['results.timeToFirstByteMs', undefined],
  ];
  it.each(invalid)('400 for %s = %j, naming the field', async (path, value) => {
    const res = await post(withField(path, value));
    expect(res.status).toBe(400);
    const paths = res.json.error.details.issues.map((i: { path: string }) => i.path);
    expect(paths.some((p: string) => p === path || p.startsWith(`${path}.`) || path.startsWith(p))).toBe(true);
  });

  it('422 for a throughput that is not bytes over time, or a first byte after the end', async () => {
    const wrong = await post(withField('results.throughputMBps', 999));
    expect(wrong.status).toBe(422);
    expect(wrong.json.error.code).toBe('implausible_result');
    expect(wrong.json.error.details.issues[0].path).toBe('results.throughputMBps');
    const late = await post(withField('results.timeToFirstByteMs', 5000));
    expect(late.status).toBe(422);
    expect(late.json.error.details.issues[0].path).toBe('results.timeToFirstByteMs');
  });

  it('422 for an unknown pool or dataset, and a dataset of another group that is internal', async () => {
    expect((await post(dataAccessInput({ hardwarePool: 'no-such-pool' }))).json.error.code).toBe('unknown_pool');
    expect((await post(dataAccessInput({ dataset: 'no-such-dataset' }))).json.error.code).toBe('unknown_dataset');
    const ds = await hub.call('POST', '/api/datasets', {
      body: datasetInput({ slug: 'cms-private', visibility: 'internal' }),
      ...auth(cms),
    });
    expect(ds.status).toBe(201);
    const res = await post(dataAccessInput({ dataset: 'cms-private' }));
    expect(res.status).toBe(422);
    expect(res.json.error.details.issues[0].path).toBe('dataset');
  });

  it('a result naming an internal dataset is seen only by its group and admins', async () => {
    await hub.call('POST', '/api/datasets', {
      body: datasetInput({ slug: 'cms-private', visibility: 'internal' }),
      ...auth(cms),
    });
    const res = await post(dataAccessInput({ dataset: 'cms-private' }), cms);
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ visibility: 'internal', dataset: { slug: 'cms-private' } });
    const path = `/api/benchmarks/data-access/${res.json.id}`;
    expect((await hub.call('GET', path)).status).toBe(404);
    expect((await hub.call('GET', path, auth(alice))).status).toBe(404);
    expect((await hub.call('GET', path, auth(cms))).status).toBe(200);
    expect((await hub.call('GET', path, auth(admin))).status).toBe(200);
    expect((await hub.call('GET', '/api/benchmarks/data-access')).json.total).toBe(0);
    expect((await hub.call('GET', '/api/benchmarks/data-access', auth(cms))).json.total).toBe(1);
    expect(hub.changes.filter((c) => c.reason.includes(res.json.id))).toEqual([]);
  });

  it('judges validity itself: too few passes, too short, unstable or unknown spread are invalid', async () => {
    const few = await post(withField('settings.repetitions', 1));
    expect(few.json.validity.valid).toBe(false);
    expect(few.json.validity.flags.map((f: { code: string }) => f.code)).toContain('too_few_repetitions');
    const bytes = 1_000_000;
    const short = await post(
      dataAccessInput({
        results: {
          durationMs: 100,
          bytesRead: bytes * 12,
          throughputMBps: 120,
          timeToFirstByteMs: 1,
          throughputCv: 0.01,
        },
        file: { format: 'hdf5', sizeBytes: bytes, count: 4 },
      }),
    );
    expect(short.status).toBe(201);
    expect(short.json.validity.flags.map((f: { code: string }) => f.code)).toEqual(['too_short']);
    const noisy = await post(withField('results.throughputCv', 0.25));
    expect(noisy.json.validity).toMatchObject({
      valid: false,
      flags: [{ code: 'cv_above_10_percent', severity: 'invalid' }],
    });
    const unknown = await post(withField('results.throughputCv', undefined));
    expect(unknown.json.validity.flags[0].code).toBe('cv_unknown');
  });

  it('notes a cold cache nobody says how it was reached and a partial read; keeps the submitter flags, never its valid', async () => {
    const body = withField('settings', {
      concurrency: 1,
      cacheState: 'cold',
      repetitions: 3,
      readPattern: 'columns',
    }) as any;
    body.results = {
      ...body.results,
      bytesRead: body.results.bytesRead / 2,
      throughputMBps: body.results.throughputMBps / 2,
    };
    body.validity = {
      valid: true,
      flags: [
        { code: 'host_busy', severity: 'invalid', message: 'another job ran' },
        { code: 'too_short', severity: 'note', message: 'submitter cannot set hub codes' },
      ],
    };
    const res = await post(body);
    expect(res.status).toBe(201);
    expect(res.json.validity.valid).toBe(false);
    expect(res.json.validity.flags.map((f: { code: string }) => f.code)).toEqual([
      'cache_method_unknown',
      'partial_read',
      'host_busy',
    ]);
  });

  it('supersedes a result of its group once (409 the second time), not another group’s (403), not an unknown one (422)', async () => {
    const first = await post(dataAccessInput());
    const fix = await post(dataAccessInput({ supersedes: first.json.id }));
    expect(fix.status).toBe(201);
    expect(fix.json.supersedes).toBe(first.json.id);
    expect((await hub.call('GET', `/api/benchmarks/data-access/${first.json.id}`)).json.supersededBy).toBe(fix.json.id);
    const again = await post(dataAccessInput({ supersedes: first.json.id }));
    expect(again.status).toBe(409);
    expect(again.json.error.message).toContain(fix.json.id);
    expect((await post(dataAccessInput({ supersedes: fix.json.id }), cms)).status).toBe(403);
    expect((await post(dataAccessInput({ supersedes: fix.json.id }), admin)).status).toBe(201);
    const unknown = await post(dataAccessInput({ supersedes: 'da_doesnotexist0' }));
    expect(unknown.status).toBe(422);
    expect(unknown.json.error.code).toBe('unknown_result');
  });
});

describe('GET /api/benchmarks/data-access', () => {
  it('404 for an unknown id, 400 for a malformed one', async () => {
    expect((await hub.call('GET', '/api/benchmarks/data-access/da_doesnotexist0')).status).toBe(404);
    expect((await hub.call('GET', '/api/benchmarks/data-access/nope')).status).toBe(400);
  });

  it('filters by storage, format, reader, cache, concurrency, pool, valid; hides superseded unless asked', async () => {
    await createPool('gpu-farm');
    const a = await post(dataAccessInput());
    await post(dataAccessInput({ storage: { kind: 's3', protocol: 's3' }, hardwarePool: 'gpu-farm' }));
    await post(withField('settings.concurrency', 16));
    await post(withField('reader', { name: 'h5wasm', version: '0.8.8' }));
    await post(withField('settings.repetitions', 1));
    await post(dataAccessInput({ supersedes: a.json.id }));
    const list = (q: string) => hub.call('GET', `/api/benchmarks/data-access${q}`).then((r) => r.json);
    expect((await list('')).total).toBe(5);
    expect((await list('?superseded=include')).total).toBe(6);
    expect((await list('?storage=s3')).items.map((i: any) => i.hardwarePool?.slug)).toEqual(['gpu-farm']);
    expect((await list('?pool=gpu-farm')).total).toBe(1);
    expect((await list('?pool=no-pool')).total).toBe(0);
    expect((await list('?reader=h5wasm')).total).toBe(1);
    expect((await list('?concurrency=16')).total).toBe(1);
    expect((await list('?cache=cold')).total).toBe(0);
    expect((await list('?format=parquet')).total).toBe(5);
    expect((await list('?valid=false')).total).toBe(1);
    expect((await list('?protocol=s3')).total).toBe(1);
    const byConcurrency = await list('?sort=concurrency');
    expect(byConcurrency.items.at(-1).settings.concurrency).toBe(16);
  });

  it('pages with a cursor until nextCursor is null', async () => {
    for (let i = 1; i <= 5; i++) await post(withField('settings.concurrency', i));
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const q: string = `?sort=concurrency&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res = await hub.call('GET', `/api/benchmarks/data-access${q}`);
      expect(res.status).toBe(200);
      expect(res.json.total).toBe(5);
      seen.push(...res.json.items.map((i: any) => i.settings.concurrency));
      cursor = res.json.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });

  it('400 for a bad cursor, limit, filter or sort', async () => {
    for (const q of [
      '?cursor=garbage',
      '?limit=0',
      '?limit=201',
      '?storage=floppy',
      '?concurrency=01',
      '?sort=size',
      '?valid=yes',
    ]) {
      const res = await hub.call('GET', `/api/benchmarks/data-access${q}`);
      expect(res.status, q).toBe(400);
    }
  });
});

describe('seeded storage results', () => {
  it('are the harness measurements of the build machine, owned by the hub group, judged by the hub, inserted once', async () => {
    const { seedDatabase } = await import('../../db/seed');
    await seedDatabase(hub.db);
    await seedDatabase(hub.db);
    const list = await hub.call('GET', '/api/benchmarks/data-access?limit=200');
    expect(list.json.total).toBe(18);
    for (const r of list.json.items) {
      expect(r.id).toMatch(/^da_seed-(node-fs|hyparquet|h5wasm)-(warm|cold)-c[124]$/);
      expect(r.provenance).toMatchObject({ source: 'harness', harness: { name: 'hep-ml-hub bench-storage' } });
      expect(r.storage).toMatchObject({ kind: 'local-disk', protocol: 'posix' });
      expect(r.validity.flags.map((f: { code: string }) => f.code)).toContain('host_loaded');
    }
    const one = await hub.call('GET', '/api/benchmarks/data-access/da_seed-hyparquet-warm-c1');
    expect(one.json.results.eventsPerSec).toBeGreaterThan(0);
  });
});
