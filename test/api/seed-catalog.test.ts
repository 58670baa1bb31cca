import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedDatabase } from '../../db/seed';
import { seedCatalogFromManifest } from '../../db/seed/catalog-from-manifest';
import type { DemoModelsManifest } from '../../src/lib/demo-data/manifest';
import { createTestHub } from '../helpers/app';

const manifest = JSON.parse(
  readFileSync(new URL('../../public/models/manifest.json', import.meta.url), 'utf8'),
) as DemoModelsManifest;

describe('seedCatalogFromManifest', () => {
  it("registers the hub's demo models with their artifact, metrics and exact training data, idempotently", async () => {
    const hub = await createTestHub();
    await seedDatabase(hub.db);
    const report = await seedCatalogFromManifest(hub.db, manifest);
    const generators = new Set(manifest.models.map((m) => m.trainingDataset.generator));
    expect(report).toEqual({
      datasets: generators.size,
      datasetVersions: generators.size,
      models: manifest.models.length,
      versions: manifest.models.length,
    });
    expect(await seedCatalogFromManifest(hub.db, manifest)).toEqual({
      datasets: 0,
      datasetVersions: 0,
      models: 0,
      versions: 0,
    });

    const entry = manifest.models.find((m) => m.variantOf)!;
    const version = (await hub.call('GET', `/api/models/${entry.slug}/versions/1`)).json;
    expect(version.artifacts[0]).toMatchObject({
      format: 'onnx',
      sha256: entry.sha256,
      bytes: entry.bytes,
      precision: entry.precision,
    });
    expect(version.parent).toMatchObject({ model: entry.variantOf, version: 1 });
    expect(version.metrics.map((m: { name: string }) => m.name)).toEqual(entry.metrics.map((m) => m.name));
    expect(version.datasets[0]).toMatchObject({
      dataset: entry.trainingDataset.generator,
      version: entry.trainingDataset.version,
      role: 'training',
    });

    const model = (await hub.call('GET', `/api/models/${entry.slug}`)).json;
    expect(model).toMatchObject({ ownerGroup: 'hub', productionVersion: null });
    expect(model.card).toContain('synthetic data');
    const data = (
      await hub.call(
        'GET',
        `/api/datasets/${entry.trainingDataset.generator}/versions/${entry.trainingDataset.version}`,
      )
    ).json;
    expect(data.checksum).toBe(entry.trainingDataset.checksum);
    const rows = Object.values(entry.trainingDataset.samples).reduce((a, b) => a + b, 0);
    expect(data.bytes).toBe(rows * (entry.inputs[0]!.features.length * 8 + 1));
    expect((await hub.call('GET', '/api/search?q=tagger&kind=model')).json.total).toBeGreaterThan(0);
  });
});
