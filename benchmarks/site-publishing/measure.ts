/**
 * The page measurements on a running hub: write → page shown, cached pages (200 and 304), and
 * uncached renders. Every loop is bounded in count and time; a page that does not behave as the
 * render cache promises (hit after a warm-up, miss with a fresh query) stops the benchmark.
 */
import { HubClient, sleep } from './http';

const MODEL_FACETS = ['task', 'group', 'framework', 'format', 'precision', 'license'];
const DATASET_FACETS = ['format', 'group', 'license'];

export interface WriteResult {
  /** POST sent → both pages show the new version, one per write. */
  times: number[];
  /** How often the model page was a cache hit just before the write, and a miss just after it. */
  hitBefore: number;
  missAfter: number;
  polls: number[];
}

/** Registers a version on each of `slugs` (each with `existing` versions) and polls its pages until they show it. */
export async function writeToPage(
  client: HubClient,
  token: string,
  slugs: readonly string[],
  existing: number,
  { timeLimitMs }: { timeLimitMs: number },
): Promise<WriteResult> {
  const result: WriteResult = { times: [], hitBefore: 0, missAfter: 0, polls: [] };
  for (const slug of slugs) {
    const modelPath = `/models/${slug}/`;
    const n = existing + 1;
    const versionPath = `/models/${slug}/v/${n}/`;
    // Into the render cache before the write, so what follows shows invalidation, not a first render.
    await client.get(modelPath);
    const before = await client.get(modelPath);
    if (before.status !== 200) throw new Error(`${modelPath} answered ${before.status}`);
    if (before.renderCache === 'hit') result.hitBefore++;
    if ((await client.get(versionPath)).status !== 404) throw new Error(`${versionPath} exists before the write`);

    const started = performance.now();
    const res = await client.post(`/api/models/${slug}/versions`, token, {
      description: 'Retrained on the latest run.',
      artifacts: [
        {
          name: 'model.onnx',
          format: 'onnx',
          uri: `s3://ml-models/bench/${slug}/v${n}/model.onnx`,
          bytes: 4_200_000,
          precision: 'fp32',
          framework: 'pytorch',
        },
      ],
      metrics: [
        { name: 'auc', value: 0.95 },
        { name: 'accuracy', value: 0.9 },
      ],
      hyperParameters: { learning_rate: 0.001, epochs: 40 },
      parent: { version: existing },
    });
    if (res.status < 200 || res.status >= 300)
      throw new Error(`POST ${slug} versions answered ${res.status}: ${res.body.slice(0, 500)}`);
    const created = (JSON.parse(res.body) as { version: number }).version;
    if (created !== n) throw new Error(`${slug}: expected version ${n}, the hub assigned ${created}`);

    const deadline = started + 30_000;
    for (let poll = 1; ; poll++) {
      const [model, version] = await Promise.all([client.get(modelPath), client.get(versionPath)]);
      if (poll === 1 && model.renderCache === 'miss') result.missAfter++;
      if (version.status === 200 && model.body.includes(`href="${versionPath}"`)) {
        result.times.push(performance.now() - started);
        result.polls.push(poll);
        break;
      }
      if (performance.now() > deadline) throw new Error(`${versionPath} not shown 30 s after the write`);
      await sleep(10);
    }
    if (performance.now() - started > timeLimitMs) break;
  }
  return result;
}

/** Facet links in a listing's sidebar, e.g. /models/task/jet-tagging/. */
export function facetLinks(html: string, kind: 'models' | 'datasets' | 'tools', facets?: readonly string[]): string[] {
  const names = facets ? `(?:${facets.join('|')})` : '[a-z-]+';
  const pattern = new RegExp(`href="(/${kind}/${names}/[^"/?#]+/)"`, 'g');
  return [...new Set([...html.matchAll(pattern)].map((m) => m[1]!))].filter((p) => !p.startsWith(`/${kind}/suggest/`));
}

export async function sidebarFacets(client: HubClient): Promise<string[]> {
  const [models, datasets] = await Promise.all([client.get('/models/'), client.get('/datasets/')]);
  return [...facetLinks(models.body, 'models', MODEL_FACETS), ...facetLinks(datasets.body, 'datasets', DATASET_FACETS)];
}

export interface CachedResult {
  pages: string[];
  dropped: { path: string; status: number; renderCache?: string }[];
  hits: number[];
  notModified: number[];
}

/** Warms `candidates` (keeping those that come back as cache hits), then times sequential hits and 304s. */
export async function cachedPages(
  client: HubClient,
  candidates: readonly string[],
  { requests, revalidations, timeLimitMs }: { requests: number; revalidations: number; timeLimitMs: number },
): Promise<CachedResult> {
  const result: CachedResult = { pages: [], dropped: [], hits: [], notModified: [] };
  const etags = new Map<string, string>();
  for (const path of candidates) {
    await client.get(path);
    const again = await client.get(path);
    if (again.status === 200 && again.renderCache === 'hit' && again.etag) {
      result.pages.push(path);
      etags.set(path, again.etag);
    } else result.dropped.push({ path, status: again.status, renderCache: again.renderCache });
  }
  if (result.pages.length === 0) throw new Error('no page came back from the render cache');
  const started = performance.now();
  for (let i = 0; i < requests && performance.now() - started < timeLimitMs; i++) {
    const path = result.pages[i % result.pages.length]!;
    const res = await client.get(path);
    if (res.status !== 200 || res.renderCache !== 'hit')
      throw new Error(`${path}: ${res.status}, X-Render-Cache ${res.renderCache} (expected a hit)`);
    result.hits.push(res.ms);
  }
  for (let i = 0; i < revalidations && performance.now() - started < 2 * timeLimitMs; i++) {
    const path = result.pages[i % result.pages.length]!;
    const res = await client.get(path, { 'if-none-match': etags.get(path)! });
    if (res.status !== 304) throw new Error(`${path} answered ${res.status} to If-None-Match (expected 304)`);
    result.notModified.push(res.ms);
  }
  return result;
}

export interface UncachedResult {
  path: string;
  times: number[];
  bytes: number;
}

/** Renders `path` `count` times, each with a distinct ignored query parameter (a cache miss), after a few untimed warm-ups. */
export async function uncachedPage(
  client: HubClient,
  path: string,
  { count, timeLimitMs }: { count: number; timeLimitMs: number },
): Promise<UncachedResult> {
  const join = path.includes('?') ? '&' : '?';
  for (let i = 0; i < 5; i++) await client.get(`${path}${join}warm=${i}`);
  const result: UncachedResult = { path, times: [], bytes: 0 };
  const started = performance.now();
  for (let i = 0; i < count && performance.now() - started < timeLimitMs; i++) {
    const res = await client.get(`${path}${join}r=${i}`);
    if (res.status !== 200 || res.renderCache !== 'miss')
      throw new Error(`${path}${join}r=${i}: ${res.status}, X-Render-Cache ${res.renderCache} (expected a miss)`);
    result.times.push(res.ms);
    result.bytes = Math.max(result.bytes, Buffer.byteLength(res.body));
  }
  return result;
}
