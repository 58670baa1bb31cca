import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatModelRef, type ModelRef } from '../../src/lib/benchmarks/model-ref';
import type { DemoModelsManifest } from '../../src/lib/demo-data/manifest';

export const MODELS_DIR = fileURLToPath(new URL('../../public/models/', import.meta.url));

/** One model version to measure, with its ONNX file on this machine. */
export interface BenchTarget {
  slug: string;
  version: number;
  name: string;
  artifact: {
    sha256: string;
    name: string;
    precision?: string | undefined;
    sparsityPct?: number | undefined;
    uri: string;
  };
  file: string;
}

interface VersionJson {
  model: string;
  version: number;
  artifacts: {
    name: string;
    format: string;
    uri: string;
    sha256: string | null;
    precision: string | null;
    sparsityPct: number | null;
  }[];
}

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export async function readManifest(dir = MODELS_DIR): Promise<DemoModelsManifest> {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run models:build\` first.`);
  return JSON.parse(await readFile(path, 'utf8')) as DemoModelsManifest;
}

/**
 * The demo models of public/models/manifest.json, as the catalog seed registers them: each one
 * is version 1 of its own model (the hub checks the sha256 when the result is posted).
 */
export async function manifestTargets(refs: readonly ModelRef[], dir = MODELS_DIR): Promise<BenchTarget[]> {
  const manifest = await readManifest(dir);
  const wanted = refs.length ? refs : manifest.models.map((m) => ({ slug: m.slug, kind: 'default' as const }));
  return wanted.map((ref) => {
    if (ref.kind !== 'default')
      throw new Error(
        `"${formatModelRef(ref)}": aliases and versions are resolved by a hub; add --url http://your-hub.`,
      );
    const entry = manifest.models.find((m) => m.slug === ref.slug);
    if (!entry)
      throw new Error(
        `No demo model "${ref.slug}" in public/models/manifest.json (known: ${manifest.models.map((m) => m.slug).join(', ')}); for catalog models add --url.`,
      );
    return {
      slug: entry.slug,
      version: 1,
      name: entry.name,
      artifact: {
        sha256: entry.sha256,
        name: entry.file,
        precision: entry.precision,
        sparsityPct: entry.sparsityPct,
        uri: `/models/${entry.file}`,
      },
      file: join(dir, entry.file),
    };
  });
}

async function getJson<T>(url: URL): Promise<T> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  const text = await response.text();
  if (!response.ok) {
    let message = text.slice(0, 300);
    try {
      message = (JSON.parse(text) as { error?: { message?: string } }).error?.message ?? message;
    } catch {
      /* not JSON: keep the text */
    }
    throw new Error(`GET ${url.pathname} answered ${response.status}: ${message}`);
  }
  return JSON.parse(text) as T;
}

/** Downloads (once, cached by sha256) the artifact a hub lists, and checks its checksum. */
async function fetchArtifact(hub: URL, uri: string, sha256: string): Promise<string> {
  const cache = join(tmpdir(), 'hub-bench-artifacts');
  const path = join(cache, `${sha256}.onnx`);
  if (existsSync(path) && sha256Of(await readFile(path)) === sha256) return path;
  let bytes: Uint8Array;
  if (uri.startsWith('file://')) bytes = await readFile(fileURLToPath(uri));
  else if (uri.startsWith('/') || /^https?:\/\//.test(uri)) {
    const url = new URL(uri, hub);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`downloading ${url} answered ${response.status}`);
    bytes = new Uint8Array(await response.arrayBuffer());
  } else {
    throw new Error(
      `the artifact is at ${uri}: the harness fetches http(s) and file URIs; copy it somewhere it can reach`,
    );
  }
  const actual = sha256Of(bytes);
  if (actual !== sha256) throw new Error(`the file at ${uri} has sha256 ${actual}, but the hub registered ${sha256}`);
  await mkdir(cache, { recursive: true });
  await writeFile(path, bytes);
  return path;
}

/** Model versions resolved through a hub's API: `slug` (newest ready version), `slug@alias`, `slug:version`. */
export async function hubTargets(refs: readonly ModelRef[], hubUrl: string): Promise<BenchTarget[]> {
  const hub = new URL(hubUrl);
  const wanted = refs.length
    ? refs
    : (await readManifest()).models.map((m) => ({ slug: m.slug, kind: 'default' as const }));
  const targets: BenchTarget[] = [];
  for (const ref of wanted) {
    const path =
      ref.kind === 'version'
        ? `/api/models/${ref.slug}/versions/${ref.version}`
        : `/api/models/${ref.slug}@${ref.kind === 'alias' ? ref.alias : 'latest'}`;
    const [version, model] = await Promise.all([
      getJson<VersionJson>(new URL(path, hub)),
      getJson<{ name: string }>(new URL(`/api/models/${ref.slug}`, hub)),
    ]);
    const artifact = version.artifacts.find((a) => a.format === 'onnx' && a.sha256);
    if (!artifact)
      throw new Error(`${formatModelRef(ref)} (v${version.version}) has no ONNX artifact with a sha256 to benchmark`);
    targets.push({
      slug: ref.slug,
      version: version.version,
      name: model.name,
      artifact: {
        sha256: artifact.sha256!,
        name: artifact.name,
        precision: artifact.precision ?? undefined,
        sparsityPct: artifact.sparsityPct ?? undefined,
        uri: artifact.uri,
      },
      file: await fetchArtifact(hub, artifact.uri, artifact.sha256!),
    });
  }
  return targets;
}
