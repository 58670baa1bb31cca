/**
 * The benchmark's databases: migrated, seeded with the groups, tools and prices (not the demo
 * models: `npm start` adds those on its first start), then filled by the catalog generator
 * (models get ids 1..N and slugs `model-<id>`), plus one model with many versions made the same
 * way as the generated ones (artifacts, metrics, hyper-parameters, a parent chain).
 */
import type { Client, InStatement } from '@libsql/client';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createToken } from '../../db/queries/tokens';
import { seedDatabase } from '../../db/seed';
import { migrateDatabase, openDatabase } from '../../server/database';
import { generateCatalog, random } from '../catalog-search/generate';
import { ARCHITECTURES, ARTIFACT_KINDS, CARD_SENTENCES, SUBJECTS, TAGS } from '../catalog-search/vocabulary';

export interface CatalogSize {
  models: number;
  versions: number;
}

export interface PreparedCatalog {
  databaseUrl: string;
  /** Slug of the model with `manyVersions` versions, if one was asked for. */
  manyVersionsSlug?: string;
  generationMs: number;
}

export const MANY_VERSIONS_SLUG = 'bench-many-versions';

export async function prepareCatalog(
  dir: string,
  size: CatalogSize,
  options: { manyVersions?: number } = {},
): Promise<PreparedCatalog> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const databaseUrl = `file:${join(dir, 'hub.db')}`;
  const { client, db } = await openDatabase(databaseUrl);
  try {
    await migrateDatabase(db);
    await seedDatabase(db);
    const started = performance.now();
    await generateCatalog(client, size);
    if (options.manyVersions) await addManyVersionModel(client, size.models + 1, options.manyVersions);
    // What a bulk import ends with (as in the catalog-search benchmark): merge the index segments, refresh statistics.
    await client.execute(`insert into search_documents (search_documents) values ('optimize')`);
    await client.execute('analyze');
    // Leave no WAL behind: the hub should open a database file, not replay 100 MB of log.
    await client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
    return {
      databaseUrl,
      manyVersionsSlug: options.manyVersions ? MANY_VERSIONS_SLUG : undefined,
      generationMs: performance.now() - started,
    };
  } finally {
    client.close();
  }
}

/** One model with `count` versions, each with one or two artifacts and two metrics, like the generated ones. */
async function addManyVersionModel(client: Client, modelId: number, count: number): Promise<void> {
  const rng = random(2026);
  const now = Date.now() - count * 60_000;
  const arch = rng.pick(ARCHITECTURES);
  const subject = rng.pick(SUBJECTS);
  const name = `CMS ${arch} ${subject} tagger (retrained nightly)`;
  const sentences = Array.from({ length: 5 }, () =>
    rng.pick(CARD_SENTENCES).replace('{s}', rng.pick(SUBJECTS)).replace('{a}', arch).replace('{t}', 'HLT'),
  );
  const firstVersionId =
    Number((await client.execute('select coalesce(max(id), 0) as id from model_versions')).rows[0]!.id) + 1;
  const statements: InStatement[] = [
    {
      sql: `insert into models (id, slug, name, summary, task, card_md, card_metadata, tags, license, contacts, card_datasets, languages, owner_group_id, created_at, updated_at)
            values (?, ?, ?, ?, 'jet-tagging', ?, '{}', ?, 'Apache-2.0', '[]', '[]', '[]', 'cms', ?, ?)`,
      args: [
        modelId,
        MANY_VERSIONS_SLUG,
        name,
        `A ${arch} for ${subject} jet tagging, retrained every night: ${count} versions.`,
        `# ${name}\n\n${sentences.join(' ')}\n`,
        JSON.stringify([rng.pick(TAGS), rng.pick(TAGS)]),
        now,
        now + count * 60_000,
      ],
    },
  ];
  const kinds = [ARTIFACT_KINDS[0]!, rng.pick(ARTIFACT_KINDS.filter(([format]) => format !== ARTIFACT_KINDS[0]![0]))];
  for (let n = 1; n <= count; n++) {
    const id = firstVersionId + n - 1;
    const at = now + n * 60_000;
    statements.push({
      sql: `insert into model_versions (id, model_id, version, status, hyper_parameters, parent_version_id, created_at, updated_at) values (?, ?, ?, 'ready', ?, ?, ?, ?)`,
      args: [
        id,
        modelId,
        n,
        JSON.stringify({ learning_rate: 10 ** -(2 + rng.int(3)), epochs: 10 + rng.int(90) }),
        n > 1 ? id - 1 : null,
        at,
        at,
      ],
    });
    for (const [format, framework, precision] of kinds.slice(0, n % 3 === 0 ? 2 : 1)) {
      statements.push({
        sql: `insert into model_artifacts (version_id, name, format, uri, bytes, precision, framework, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)`,
        args: [
          id,
          `model.${format}`,
          format,
          `s3://ml-models/cms/${MANY_VERSIONS_SLUG}/v${n}/model.${format}`,
          10_000 + rng.int(50_000_000),
          precision,
          framework,
          at,
        ],
      });
    }
    statements.push({
      sql: `insert into model_metrics (version_id, name, value, split, created_at) values (?, 'auc', ?, 'test', ?), (?, 'accuracy', ?, 'test', ?)`,
      args: [id, 0.8 + rng.next() * 0.19, at, id, 0.7 + rng.next() * 0.29, at],
    });
  }
  await client.batch(statements, 'write');
}

/** Every public page of a crawlable catalog the database knows of: models, their versions, datasets. */
export async function catalogPaths(
  databaseUrl: string,
): Promise<{ models: string[]; versions: string[]; datasets: string[]; modelCount: number }> {
  const { client } = await openDatabase(databaseUrl);
  try {
    const models = (await client.execute(`select slug from models where visibility = 'public' order by id`)).rows.map(
      (r) => String(r.slug),
    );
    const versions = (
      await client.execute(
        `select m.slug, v.version from model_versions v join models m on m.id = v.model_id where m.visibility = 'public' order by v.id`,
      )
    ).rows.map((r) => `/models/${String(r.slug)}/v/${Number(r.version)}/`);
    const datasets = (
      await client.execute(`select slug from datasets where visibility = 'public' order by id`)
    ).rows.map((r) => `/datasets/${String(r.slug)}/`);
    return { models: models.map((s) => `/models/${s}/`), versions, datasets, modelCount: models.length };
  } finally {
    client.close();
  }
}

/** An admin token (as the browser suites make theirs). */
export async function adminToken(databaseUrl: string): Promise<string> {
  const { client, db } = await openDatabase(databaseUrl);
  try {
    return (await createToken(db, { name: 'publishing benchmark', scopes: ['admin'], groupId: 'it' })).secret;
  } finally {
    client.close();
  }
}
