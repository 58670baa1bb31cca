import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../db/seed';
import { initialPriceVersion } from '../../db/seed/prices/initial';
import { ILLUSTRATIVE_ON_PREM_RATE, type Estimate, type PriceRow, type PriceRowInput } from '../../src/lib/costs';
import { createTestHub, type TestHub } from '../helpers/app';
import { createTestToken, insertTestPriceVersion } from '../factories';

const EXAMPLE = { datasetTb: 20, gpuType: 'A100-80GB', gpusPerJob: 4, hoursPerJob: 36, jobs: 50, egressCount: 2 };
const today = new Date().toISOString().slice(0, 10);

/** A seed row as the API takes it. */
const asInput = (r: PriceRow): PriceRowInput => ({
  kind: r.kind,
  provider: r.provider,
  region: r.region,
  sku: r.sku,
  accelerator: r.accelerator,
  acceleratorCount: r.acceleratorCount,
  onDemandUsd: r.onDemandUsd,
  spotUsd: r.spot?.raw ?? null,
  source: r.source,
  retrieved: r.retrieved,
  note: r.note,
});

/** The seed table with the GCP A100-80GB GPU at a new price. */
const repricedRows = (usd: number) =>
  initialPriceVersion.rows.map((r) =>
    r.sku === 'nvidia-a100-80gb'
      ? {
          ...asInput(r),
          onDemandUsd: usd,
          spotUsd: null,
          source: 'cloud.google.com/compute/gpus-pricing',
          retrieved: today,
        }
      : asInput(r),
  );

const option = (e: Estimate, id: string) => e.options.find((o) => o.id === id);

describe('cost estimator API', () => {
  let hub: TestHub;
  let admin: { authorization: string };
  let writer: { authorization: string };
  let noScope: { authorization: string };

  beforeAll(async () => {
    hub = await createTestHub();
    await insertTestPriceVersion(hub.db);
    const header = async (...args: Parameters<typeof createTestToken>) => ({
      authorization: (await createTestToken(...args)).authorization,
    });
    admin = await header(hub.db, ['admin'], 'it');
    writer = await header(hub.db, ['write'], 'atlas');
    noScope = await header(hub.db, [], 'cms');
  });

  describe('GET /api/costs/prices', () => {
    it('returns the current version with every row sourced, dated and flagged', async () => {
      const res = await hub.call('GET', '/api/costs/prices');
      expect(res.status).toBe(200);
      expect(res.json.version).toMatchObject({
        id: 'prices-2026-11',
        effectiveDate: '2026-11-01',
        status: 'current',
        rowCount: initialPriceVersion.rows.length,
      });
      expect(res.json.version.note).toMatch(/^List prices change\./);
      expect(res.json.version.flaggedRowCount).toBeGreaterThan(0);
      expect(res.json.rows).toEqual(initialPriceVersion.rows);
      for (const row of res.json.rows as PriceRow[]) {
        expect(row.source, row.id).not.toBe('');
        expect(row.retrieved, row.id).toMatch(/^\d{4}-\d\d/);
      }
    });

    it('filters rows by kind, provider and accelerator', async () => {
      const res = await hub.call('GET', '/api/costs/prices?kind=gpu_vm&provider=aws&accelerator=a100-80gb');
      expect(res.status).toBe(200);
      expect(res.json.rows.map((r: PriceRow) => r.sku)).toEqual(['p4de.24xlarge']);
    });

    it('answers 404 for an unknown version and 400 for a bad filter', async () => {
      expect((await hub.call('GET', '/api/costs/prices?version=prices-1999-01')).status).toBe(404);
      const bad = await hub.call('GET', '/api/costs/prices?kind=gpu');
      expect(bad.status).toBe(400);
      expect(bad.json.error.details.issues[0]).toMatchObject({ in: 'query', path: 'kind' });
    });

    it('answers 404 when no price version was ever published', async () => {
      const empty = await createTestHub();
      const res = await empty.call('GET', '/api/costs/prices');
      expect(res.status).toBe(404);
      expect(res.json.error.code).toBe('not_found');
      expect((await empty.call('POST', '/api/costs/estimate', { body: EXAMPLE })).status).toBe(404);
    });
  });

  describe('POST /api/costs/estimate', () => {
    it('prices the 20 TB, 50-trial A100 campaign exactly as the hand-computed totals', async () => {
      const res = await hub.call('POST', '/api/costs/estimate', { body: EXAMPLE });
      expect(res.status).toBe(200);
      const e = res.json as Estimate;
      expect(e.priceVersion.id).toBe('prices-2026-11');
      expect(e.options.map((o) => [o.id, o.totalUsd, o.complete])).toEqual([
        ['aws:us-east-1', 53399.53, true],
        ['gcp:us-central1', 25213.74, true],
        ['azure:eastus', 62423.01, false],
        ['on-prem', 7300, true],
      ]);
      expect(option(e, 'aws:us-east-1')?.subtotals).toEqual({ compute: 49404.69, storage: 471.04, transfer: 3523.8 });
      expect(option(e, 'gcp:us-central1')?.subtotals).toEqual({ compute: 21209.9, storage: 409.6, transfer: 3594.24 });
      // The test hub keeps the illustrative on-prem placeholder: shown, never ranked.
      expect(e.cheapest).toEqual({ optionId: 'gcp:us-central1', totalUsd: 25213.74 });
      expect(option(e, 'on-prem')?.placeholders?.map((p) => p.fillIn)).toEqual([
        "enter your site's cost per GPU-hour",
        "enter your site's storage cost per TB-month",
      ]);
      expect(e.cheapestCloud).toEqual({ optionId: 'gcp:us-central1', totalUsd: 25213.74 });
      expect(e.campaign).toMatchObject({ ...EXAMPLE, ingressCount: 1, storageMonths: 1, spotShare: 0 });
    });

    it('names the price row, source and retrieval date of every figure', async () => {
      const e = (await hub.call('POST', '/api/costs/estimate', { body: { ...EXAMPLE, spotShare: 0.5 } }))
        .json as Estimate;
      const rowIds = new Set(initialPriceVersion.rows.map((r) => r.id));
      let figures = 0;
      for (const o of e.options) {
        for (const c of o.components) {
          figures++;
          expect(c.priceRow.source.length, `${o.id} ${c.name}`).toBeGreaterThan(0);
          expect(c.priceRow.retrieved.length, `${o.id} ${c.name}`).toBeGreaterThan(0);
          if (o.kind === 'cloud') {
            expect(rowIds.has(c.priceRow.id), c.priceRow.id).toBe(true);
            expect(c.priceRow.retrieved).toBe('2026-11');
            expect(c.priceRow.assumption).toBe(false);
          } else {
            expect(c.priceRow.assumption).toBe(true);
          }
        }
        const sum = Math.round(o.components.reduce((s, c) => s + c.costUsd, 0) * 100) / 100;
        expect(o.totalUsd, o.id).toBe(sum);
      }
      expect(figures).toBeGreaterThan(15);
      // The GCP A100-80GB spot price is above on-demand: with a spot share the flag becomes a warning.
      expect(option(e, 'gcp:us-central1')?.warnings.map((w) => w.code)).toContain('flagged_price_row');
    });

    it('uses the configured on-prem rate, labelled as an assumption, unless the request overrides it', async () => {
      const configured = (await hub.call('POST', '/api/costs/estimate', { body: EXAMPLE })).json as Estimate;
      const onPrem = option(configured, 'on-prem')!;
      expect(onPrem.components[0]?.priceRow).toMatchObject({
        source: ILLUSTRATIVE_ON_PREM_RATE.source,
        assumption: true,
      });
      expect(configured.assumptions.at(-1)).toMatch(
        /^On-prem \(a placeholder, not a price\): \$1 per GPU-hour .*enter your site's cost per GPU-hour and enter your site's storage cost per TB-month/,
      );

      const overridden = (
        await hub.call('POST', '/api/costs/estimate', { body: { ...EXAMPLE, onPrem: { usdPerGpuHour: 1.2 } } })
      ).json as Estimate;
      expect(option(overridden, 'on-prem')?.totalUsd).toBe(7200 * 1.2 + 100);
      // The GPU-hour figure is now the site's; the TB-month one is still the placeholder.
      expect(option(overridden, 'on-prem')?.placeholders?.map((p) => p.field)).toEqual(['usdPerTbMonth']);
      expect(overridden.campaign.onPrem?.source).toMatch(
        /^given in the request: an assumption; TB-month rate from the hub configuration/,
      );

      const lab = await createTestHub({
        db: hub.db,
        config: { onPrem: { usdPerGpuHour: 0.5, usdPerTbMonth: 3, source: 'lab accounting 2026', asOf: '2026-10' } },
      });
      const labEstimate = (await lab.call('POST', '/api/costs/estimate', { body: EXAMPLE })).json as Estimate;
      expect(option(labEstimate, 'on-prem')?.components[0]?.priceRow).toMatchObject({
        source: 'lab accounting 2026',
        retrieved: '2026-10',
      });
      expect(option(labEstimate, 'on-prem')?.totalUsd).toBe(3600 + 60);
      expect(option(labEstimate, 'on-prem')?.placeholders).toEqual([]);
      expect(labEstimate.cheapest).toEqual({ optionId: 'on-prem', totalUsd: 3660 });
    });

    it('compares only the options asked for', async () => {
      const res = await hub.call('POST', '/api/costs/estimate', {
        body: { ...EXAMPLE, options: [{ provider: 'aws' }, { provider: 'gcp', region: 'us-central1' }] },
      });
      expect(res.json.options.map((o: { id: string }) => o.id)).toEqual(['aws:us-east-1', 'gcp:us-central1']);
    });

    it('answers 400 with the known GPU types for an unknown GPU', async () => {
      const res = await hub.call('POST', '/api/costs/estimate', { body: { ...EXAMPLE, gpuType: 'V100' } });
      expect(res.status).toBe(400);
      expect(res.json.error.code).toBe('unknown_gpu_type');
      expect(res.json.error.details.knownGpuTypes).toEqual(['A100-40GB', 'A100-80GB', 'H100-80GB', 'L4', 'T4']);
      expect(res.json.error.details.issues[0]).toMatchObject({ in: 'body', path: 'gpuType' });
    });

    it('answers 400 with field paths for an invalid campaign or an unknown field', async () => {
      const res = await hub.call('POST', '/api/costs/estimate', {
        body: { ...EXAMPLE, spotShare: 1.5, gpusPerJob: 0 },
      });
      expect(res.status).toBe(400);
      expect(res.json.error.details.issues.map((i: { path: string }) => i.path).sort()).toEqual([
        'gpusPerJob',
        'spotShare',
      ]);
      const typo = await hub.call('POST', '/api/costs/estimate', { body: { ...EXAMPLE, gpu: 'A100-80GB' } });
      expect(typo.status).toBe(400);
      expect(typo.json.error.code).toBe('validation_failed');
    });

    it('answers 404 for an unknown price version', async () => {
      const res = await hub.call('POST', '/api/costs/estimate', {
        body: { ...EXAMPLE, priceVersion: 'prices-1999-01' },
      });
      expect(res.status).toBe(404);
    });
  });

  describe('POST /api/costs/price-versions', () => {
    const body = (overrides: Record<string, unknown> = {}) => ({
      effectiveDate: '2099-01-01',
      note: 'List prices change. A test version.',
      rows: repricedRows(2.5),
      ...overrides,
    });

    it('needs a token (401) with the admin scope (403)', async () => {
      expect((await hub.call('POST', '/api/costs/price-versions', { body: body() })).status).toBe(401);
      const res = await hub.call('POST', '/api/costs/price-versions', { body: body(), headers: writer });
      expect(res.status).toBe(403);
      expect(res.json.error.details).toMatchObject({ required: 'admin' });
    });

    it('rejects bad rows with a field path per problem and stores nothing', async () => {
      const rows = repricedRows(2.5);
      rows[1] = { ...rows[1]!, acceleratorCount: 0 };
      rows[3] = { ...rows[3]!, source: '' };
      rows[5] = { ...rows[5]!, retrieved: undefined };
      const res = await hub.call('POST', '/api/costs/price-versions', {
        body: body({ id: 'bad-rows', rows, retrieved: undefined }),
        headers: admin,
      });
      expect(res.status).toBe(400);
      expect(res.json.error.details.issues.map((i: { path: string }) => i.path)).toEqual([
        'rows.1.acceleratorCount',
        'rows.3.source',
        'rows.5.retrieved',
      ]);
      expect((await hub.call('GET', '/api/costs/prices?version=bad-rows')).status).toBe(404);
    });

    it('rejects a body with both rows and csv, and a table without GPU rows', async () => {
      expect(
        (await hub.call('POST', '/api/costs/price-versions', { body: body({ csv: 'x' }), headers: admin })).status,
      ).toBe(400);
      const storageOnly = initialPriceVersion.rows.filter((r) => r.kind === 'storage').map(asInput);
      const res = await hub.call('POST', '/api/costs/price-versions', {
        body: body({ rows: storageOnly }),
        headers: admin,
      });
      expect(res.status).toBe(400);
      expect(res.json.error.details.issues[0].message).toMatch(/needs GPU rows/);
    });

    it('publishes a version with server-computed flags; a future effective date leaves it scheduled', async () => {
      const rows = repricedRows(2.5);
      const i = rows.findIndex((r) => r.sku === 'nvidia-a100-80gb');
      rows[i] = { ...rows[i]!, spotUsd: 9.99 };
      const res = await hub.call('POST', '/api/costs/price-versions', {
        body: body({ id: 'future-prices', rows }),
        headers: admin,
      });
      expect(res.status).toBe(201);
      expect(res.headers.get('location')).toBe('/api/costs/prices?version=future-prices');
      expect(res.json.version).toMatchObject({ id: 'future-prices', status: 'scheduled', rowCount: rows.length });
      const a100 = res.json.rows.find((r: PriceRow) => r.sku === 'nvidia-a100-80gb');
      expect(a100.flags.map((f: { code: string }) => f.code)).toContain('spot_above_on_demand');
      expect(hub.published).toContain('price version future-prices published');
      expect((await hub.call('GET', '/api/costs/prices')).json.version.id).toBe('prices-2026-11');
    });

    it('answers 409 when the id is taken', async () => {
      const res = await hub.call('POST', '/api/costs/price-versions', {
        body: body({ id: 'prices-2026-11' }),
        headers: admin,
      });
      expect(res.status).toBe(409);
    });

    it('accepts the table as CSV with the seed columns and reports CSV problems by line', async () => {
      const csv = readFileSync(new URL('../../db/seed/prices/cloud-prices.csv', import.meta.url), 'utf8');
      const ok = await hub.call('POST', '/api/costs/price-versions', {
        body: { effectiveDate: '2099-02-01', note: 'List prices change. CSV upload.', retrieved: '2026-11', csv },
        headers: admin,
      });
      expect(ok.status).toBe(201);
      expect(ok.json.version.id).toBe('prices-2099-02-01');
      expect(ok.json.rows.length).toBe(csv.trim().split('\n').length - 1);

      const broken = csv.replace('p4d.24xlarge,A100-40GB,8', 'p4d.24xlarge,A100-40GB,eight');
      const bad = await hub.call('POST', '/api/costs/price-versions', {
        body: { effectiveDate: '2099-03-01', note: 'x', retrieved: '2026-11', csv: broken },
        headers: admin,
      });
      expect(bad.status).toBe(400);
      expect(bad.json.error.details.issues[0]).toMatchObject({ path: 'csv', line: 2 });
      expect(bad.json.error.details.issues[0].message).toMatch(/^line 2 \[accelerator_count\] p4d\.24xlarge: /);
    });
  });

  describe('GET /api/costs/price-versions', () => {
    it('lists versions newest first with the current one marked, page by page', async () => {
      const first = await hub.call('GET', '/api/costs/price-versions?limit=1');
      expect(first.status).toBe(200);
      expect(first.json.currentId).toBe('prices-2026-11');
      expect(first.json.total).toBeGreaterThanOrEqual(3);
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { json: { items: { id: string; status: string }[]; nextCursor: string | null } } = await hub.call(
          'GET',
          `/api/costs/price-versions?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        );
        ids.push(...page.json.items.map((v) => `${v.id}:${v.status}`));
        cursor = page.json.nextCursor;
      } while (cursor);
      expect(ids).toEqual(['prices-2099-02-01:scheduled', 'future-prices:scheduled', 'prices-2026-11:current']);
    });

    it('answers 400 for a cursor it did not make', async () => {
      expect((await hub.call('GET', '/api/costs/price-versions?cursor=nonsense')).status).toBe(400);
    });
  });

  describe('saved estimates', () => {
    it('POST /api/costs/estimates needs a token (401) with the write scope (403)', async () => {
      expect((await hub.call('POST', '/api/costs/estimates', { body: EXAMPLE })).status).toBe(401);
      expect((await hub.call('POST', '/api/costs/estimates', { body: EXAMPLE, headers: noScope })).status).toBe(403);
    });

    it('POST /api/costs/estimates answers 400 for an unknown GPU', async () => {
      const res = await hub.call('POST', '/api/costs/estimates', {
        body: { ...EXAMPLE, gpuType: 'V100' },
        headers: writer,
      });
      expect(res.status).toBe(400);
      expect(res.json.error.details.knownGpuTypes).toContain('A100-80GB');
    });

    it('GET /api/costs/estimates/:id answers 404 for an unknown id and 400 for a malformed one', async () => {
      expect((await hub.call('GET', '/api/costs/estimates/est_doesnotexist')).status).toBe(404);
      expect((await hub.call('GET', '/api/costs/estimates/not-an-id')).status).toBe(400);
    });

    it('keeps a saved estimate on its price version after a newer version becomes current', async () => {
      const pinned = await createTestHub();
      await insertTestPriceVersion(pinned.db);
      const token = { authorization: (await createTestToken(pinned.db, ['admin'], 'it')).authorization };

      const saved = await pinned.call('POST', '/api/costs/estimates', { body: EXAMPLE, headers: token });
      expect(saved.status).toBe(201);
      expect(saved.json.id).toMatch(/^est_/);
      expect(saved.headers.get('location')).toBe(`/api/costs/estimates/${saved.json.id}`);
      expect(saved.json.url).toBe(`http://localhost:4321/api/costs/estimates/${saved.json.id}`);
      // Defaults are stored filled in, so a later change of a default cannot change the saved link.
      expect(saved.json.pageUrl).toBe(
        'http://localhost:4321/costs/?datasetTb=20&gpu=A100-80GB&gpus=4&hours=36&jobs=50&spot=0&spotPrice=max&placement=single-node' +
          '&egress=2&egressMonths=1&ingress=1&storageMonths=1&storageClass=standard&network=premium&version=prices-2026-11',
      );
      expect(option(saved.json.estimate, 'gcp:us-central1')?.totalUsd).toBe(25213.74);

      const published = await pinned.call('POST', '/api/costs/price-versions', {
        body: { effectiveDate: today, note: 'List prices change. GCP A100-80GB repriced.', rows: repricedRows(2.5) },
        headers: token,
      });
      expect(published.status).toBe(201);
      expect(published.json.version).toMatchObject({ id: `prices-${today}`, status: 'current' });

      const fresh = (await pinned.call('POST', '/api/costs/estimate', { body: EXAMPLE })).json as Estimate;
      expect(fresh.priceVersion.id).toBe(`prices-${today}`);
      expect(option(fresh, 'gcp:us-central1')?.subtotals.compute).toBe(25917.26); // 7200 GPU-h × $2.50 = 18000 + the unchanged host 7917.26
      expect(option(fresh, 'gcp:us-central1')?.components[0]?.priceRow).toMatchObject({
        source: 'cloud.google.com/compute/gpus-pricing',
        retrieved: today,
      });

      const again = await pinned.call('GET', `/api/costs/estimates/${saved.json.id}`);
      expect(again.status).toBe(200);
      expect(again.json.priceVersionId).toBe('prices-2026-11');
      expect(again.json.estimate).toEqual(saved.json.estimate);
      expect(option(again.json.estimate, 'gcp:us-central1')?.totalUsd).toBe(25213.74);

      // The saved page link pins the old version, so it still reproduces the saved figures.
      const replay = (
        await pinned.call('POST', '/api/costs/estimate', { body: { ...EXAMPLE, priceVersion: 'prices-2026-11' } })
      ).json as Estimate;
      expect(replay).toEqual(saved.json.estimate);
      const versions = (await pinned.call('GET', '/api/costs/price-versions')).json;
      expect(versions.items.map((v: { id: string; status: string }) => [v.id, v.status])).toEqual([
        [`prices-${today}`, 'current'],
        ['prices-2026-11', 'superseded'],
      ]);
    });
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await hub.call('GET', '/api/openapi.json')).json;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/costs/prices',
        '/api/costs/price-versions',
        '/api/costs/estimate',
        '/api/costs/estimates',
        '/api/costs/estimates/{id}',
      ]),
    );
    expect(doc.components.schemas).toHaveProperty('Estimate');
  });
});

describe('price seed', () => {
  it('seeds the initial price version once and leaves it alone on later runs', async () => {
    const hub = await createTestHub();
    await seedDatabase(hub.db);
    await seedDatabase(hub.db);
    const versions = (await hub.call('GET', '/api/costs/price-versions')).json;
    expect(versions.items.map((v: { id: string }) => v.id)).toEqual(['prices-2026-11']);
    expect(versions.items[0].rowCount).toBe(initialPriceVersion.rows.length);
  });
});
