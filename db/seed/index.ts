import type { Db } from '../client';
import { groups, tools } from '../schema';
import { SEED_GROUPS } from './groups';
import { seedPriceVersions } from './prices/seed-prices';
import { SEED_TOOLS } from './tools';
import { seedHardwarePools } from './hardware';
import { seedStorageBenchmarks } from './storage-benchmarks';
import demoManifest from '../../public/models/manifest.json';
import type { DemoModelsManifest } from '../../src/lib/demo-data/manifest';
import { seedCatalogFromManifest, type CatalogSeedReport } from './catalog-from-manifest';
import { seedDemoStudies } from './hpo';

export interface SeedReport {
  groups: number;
  tools: number;
}

/**
 * Idempotent: inserts what is missing (by primary key or slug) and never overwrites rows,
 * so running it again, or after people edited seeded entries, changes nothing.
 */
export async function seedDatabase(db: Db, now = new Date()): Promise<SeedReport> {
  const insertedGroups = await db.insert(groups).values(SEED_GROUPS).onConflictDoNothing().returning({ id: groups.id });
  const insertedTools = await db
    .insert(tools)
    .values(
      SEED_TOOLS.map((t) => ({ ...t, status: 'published' as const, createdAt: now, updatedAt: now, publishedAt: now })),
    )
    .onConflictDoNothing({ target: tools.slug })
    .returning({ id: tools.id });
  // The report keeps its shape for existing callers; the price version is seeded the same idempotent way.
  await seedPriceVersions(db);
  await seedHardwarePools(db, now);
  await seedStorageBenchmarks(db, now);
  return { groups: insertedGroups.length, tools: insertedTools.length };
}

export interface HubSeedReport extends SeedReport {
  catalog: CatalogSeedReport;
}

/**
 * Everything `npm start` seeds: the base data above plus the hub's own demo models and their
 * synthetic datasets in the catalog (from public/models/manifest.json, built by
 * `npm run models:build`). Idempotent like `seedDatabase`.
 */
export async function seedHub(db: Db, now = new Date()): Promise<HubSeedReport> {
  const base = await seedDatabase(db, now);
  const catalog = await seedCatalogFromManifest(db, demoManifest as unknown as DemoModelsManifest, now);
  await seedDemoStudies(db);
  return { ...base, catalog };
}
