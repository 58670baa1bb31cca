/**
 * Fills a migrated database with a generated catalog: `models` models and `versions` versions
 * (spread evenly), each version with one or two artifacts and two metrics. Rows go through the
 * real schema and its triggers (so the search index is built exactly as in production), in
 * multi-row INSERTs inside large transactions for speed.
 */
import type { Client, InStatement } from '@libsql/client';
import { MODEL_TASKS } from '../../src/lib/catalog-vocabulary';
import {
  ARCHITECTURES,
  ARTIFACT_KINDS,
  CARD_SENTENCES,
  LICENSES,
  PURPOSES,
  SUBJECTS,
  TAGS,
  TRIGGER_PLACES,
} from './vocabulary';

const GROUPS = ['atlas', 'cms', 'alice', 'lhcb', 'ats', 'it', 'hub'];

/** Deterministic PRNG (mulberry32) so every run generates the same catalog. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!,
  };
}

const placeholders = (rows: number, columns: number) =>
  Array.from({ length: rows }, () => `(${Array(columns).fill('?').join(', ')})`).join(', ');

export async function generateCatalog(
  client: Client,
  options: { models: number; versions: number; seed?: number; log?: (line: string) => void },
) {
  const rng = random(options.seed ?? 42);
  const now = Date.now();
  const perModel = options.versions / options.models;
  let versionId = 1;
  const CHUNK = 500;
  for (let start = 1; start <= options.models; start += CHUNK) {
    const end = Math.min(options.models, start + CHUNK - 1);
    const statements: InStatement[] = [];
    const modelRows: unknown[] = [];
    const versionRows: unknown[] = [];
    const artifactRows: unknown[] = [];
    const metricRows: unknown[] = [];
    for (let id = start; id <= end; id++) {
      const arch = rng.pick(ARCHITECTURES);
      const subject = rng.pick(SUBJECTS);
      const purpose = rng.pick(PURPOSES);
      const group = rng.pick(GROUPS);
      const task = rng.pick(MODEL_TASKS);
      const name = `${group.toUpperCase()} ${arch} ${subject} ${purpose} ${id}`;
      const fill = (s: string) =>
        s.replace('{s}', rng.pick(SUBJECTS)).replace('{a}', arch).replace('{t}', rng.pick(TRIGGER_PLACES));
      const card = `# ${name}\n\n${Array.from({ length: 3 + rng.int(4) }, () => fill(rng.pick(CARD_SENTENCES))).join(' ')}\n`;
      const tags = [...new Set(Array.from({ length: 2 + rng.int(3) }, () => rng.pick(TAGS)))];
      const created = now - (options.models - id) * 60_000;
      modelRows.push(
        id,
        `model-${id}`,
        name,
        `A ${arch} ${purpose} for ${subject} ${task.replace('-', ' ')}.`,
        task,
        card,
        '{}',
        JSON.stringify(tags),
        rng.pick(LICENSES),
        '[]',
        '[]',
        '[]',
        group,
        created,
        created,
      );
      // Most models keep the same artifact kinds across versions; some add a second one.
      const kinds = [rng.pick(ARTIFACT_KINDS), ...(rng.next() < 0.3 ? [rng.pick(ARTIFACT_KINDS)] : [])];
      const count = Math.round(perModel * id) - Math.round(perModel * (id - 1));
      for (let n = 1; n <= count; n++, versionId++) {
        versionRows.push(
          versionId,
          id,
          n,
          'ready',
          JSON.stringify({ learning_rate: 10 ** -(2 + rng.int(3)), epochs: 10 + rng.int(90) }),
          n > 1 ? versionId - 1 : null,
          created + n * 1000,
          created + n * 1000,
        );
        for (const [format, framework, precision] of kinds.slice(0, n === 1 ? 1 : kinds.length)) {
          artifactRows.push(
            versionId,
            `model.${format}`,
            format,
            `s3://ml-models/${group}/model-${id}/v${n}/model.${format}`,
            10_000 + rng.int(50_000_000),
            precision,
            framework,
            created,
          );
        }
        metricRows.push(
          versionId,
          'auc',
          0.8 + rng.next() * 0.19,
          'test',
          created,
          versionId,
          'accuracy',
          0.7 + rng.next() * 0.29,
          'test',
          created,
        );
      }
    }
    statements.push({
      sql: `insert into models (id, slug, name, summary, task, card_md, card_metadata, tags, license, contacts, card_datasets, languages, owner_group_id, created_at, updated_at) values ${placeholders(end - start + 1, 15)}`,
      args: modelRows as never,
    });
    for (let i = 0; i < versionRows.length; i += 8 * 400) {
      const slice = versionRows.slice(i, i + 8 * 400);
      statements.push({
        sql: `insert into model_versions (id, model_id, version, status, hyper_parameters, parent_version_id, created_at, updated_at) values ${placeholders(slice.length / 8, 8)}`,
        args: slice as never,
      });
    }
    for (let i = 0; i < artifactRows.length; i += 8 * 400) {
      const slice = artifactRows.slice(i, i + 8 * 400);
      statements.push({
        sql: `insert into model_artifacts (version_id, name, format, uri, bytes, precision, framework, created_at) values ${placeholders(slice.length / 8, 8)}`,
        args: slice as never,
      });
    }
    for (let i = 0; i < metricRows.length; i += 5 * 400) {
      const slice = metricRows.slice(i, i + 5 * 400);
      statements.push({
        sql: `insert into model_metrics (version_id, name, value, split, created_at) values ${placeholders(slice.length / 5, 5)}`,
        args: slice as never,
      });
    }
    await client.batch(statements, 'write');
    if (end % 5000 === 0 || end === options.models)
      options.log?.(`  ${end.toLocaleString('en')} models, ${(versionId - 1).toLocaleString('en')} versions`);
  }
  return { models: options.models, versions: versionId - 1 };
}

/** Queries people type into a catalog search: names, parts of names, subjects, tags, tasks, with and without filters. */
export function benchmarkQueries(count: number, seed = 7): { q: string; filters: Record<string, string> }[] {
  const rng = random(seed);
  const word = (phrase: string) => rng.pick(phrase.split(/[\s-]+/).filter((w) => w.length > 2));
  const makers: (() => { q: string; filters: Record<string, string> })[] = [
    () => ({ q: word(rng.pick(ARCHITECTURES)), filters: {} }),
    () => ({ q: `${word(rng.pick(ARCHITECTURES))} ${word(rng.pick(SUBJECTS))}`, filters: {} }),
    () => ({ q: rng.pick(SUBJECTS), filters: {} }),
    () => ({ q: rng.pick(TAGS), filters: {} }),
    () => ({ q: word(rng.pick(SUBJECTS)).slice(0, 4), filters: {} }),
    () => ({ q: `${word(rng.pick(SUBJECTS))} ${rng.pick(PURPOSES)}`, filters: {} }),
    () => ({ q: rng.pick(MODEL_TASKS).replace('-', ' '), filters: {} }),
    () => ({ q: `${rng.pick(GROUPS)} ${word(rng.pick(ARCHITECTURES))}`, filters: {} }),
    () => ({ q: word(rng.pick(ARCHITECTURES)), filters: { kind: 'model', format: rng.pick(ARTIFACT_KINDS)[0] } }),
    () => ({ q: word(rng.pick(SUBJECTS)), filters: { kind: 'model', group: rng.pick(GROUPS) } }),
    () => ({ q: `${word(rng.pick(ARCHITECTURES))} ${1 + rng.int(20_000)}`, filters: {} }),
  ];
  return Array.from({ length: count }, () => rng.pick(makers)());
}

/**
 * The same kinds of queries, mistyped as people do: in each query one word of five or more
 * letters gets an adjacent swap, a dropped letter or a doubled letter ("anomaly" → "anomally").
 */
export function typoQueries(count: number, seed = 11): { q: string; filters: Record<string, string> }[] {
  const rng = random(seed);
  return benchmarkQueries(count, seed).map(({ q, filters }) => {
    const words = q.split(' ');
    const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^[a-z]{5,}$/i.test(w));
    if (long.length === 0) return { q, filters };
    const [word, at] = rng.pick(long);
    const i = 1 + rng.int(word.length - 2);
    const kind = rng.int(3);
    words[at] =
      kind === 0
        ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
        : kind === 1
          ? word.slice(0, i) + word.slice(i + 1)
          : word.slice(0, i) + word[i] + word.slice(i);
    return { q: words.join(' '), filters };
  });
}

/** What a search box sends while someone types a query: its first 3, 5, 8 … characters, and the whole. */
export function typedPrefixes(queries: readonly { q: string }[]): string[] {
  return queries.flatMap(({ q }) => [
    ...new Set([3, 5, 8, q.length].filter((n) => n <= q.length).map((n) => q.slice(0, n))),
  ]);
}
