/**
 * Operator coverage for the ONNX artifacts of catalog versions, for the files the hub itself
 * serves (the demo models under public/models/, bundled into the server build so both hosts can
 * read them without a file system). Other URIs (s3://, root://, external https) are never
 * fetched while rendering a page: the page says how to check them instead.
 */
import { inspectModel, operatorCoverage, type CoverageReport, type InspectReport } from '../lib/onnx';

const MODELS_URL_PATH = '/models/';

export interface ArtifactRef {
  name?: string | null;
  format: string;
  uri: string;
  sha256?: string | null;
}

export type ArtifactCoverage =
  | { kind: 'computed'; uri: string; servedAt: string; report: InspectReport; coverage: CoverageReport }
  | { kind: 'not-onnx'; uri: string; format: string }
  | { kind: 'not-readable'; uri: string; reason: string };

/** The demo model files as data URLs (a few KiB each), by file name. */
const servedFiles = new Map(
  Object.entries(import.meta.glob<string>('../../public/models/*.onnx', { query: '?inline', import: 'default' })).map(([path, load]) => [
    path.slice(path.lastIndexOf('/') + 1),
    load,
  ]),
);
const inspections = new Map<string, Promise<{ report: InspectReport; coverage: CoverageReport }>>();

function inspectServed(file: string, load: () => Promise<string>) {
  let cached = inspections.get(file);
  if (!cached) {
    cached = load().then(async (dataUrl) => {
      const bytes = Uint8Array.from(atob(dataUrl.slice(dataUrl.indexOf(',') + 1)), (c) => c.charCodeAt(0));
      const report = await inspectModel(bytes);
      return { report, coverage: operatorCoverage(report) };
    });
    inspections.set(file, cached);
  }
  return cached;
}

const normaliseSha = (sha: string) => sha.toLowerCase().replace(/^sha256:/, '');

/** The served file an artifact URI names: `/models/x.onnx`, `public/models/x.onnx`, or a URL ending in /models/x.onnx. */
function servedFileOf(uri: string, publicUrl: string | undefined): { file: string; sameSite: boolean } | undefined {
  const match = /(?:^|\/)models\/([\w.-]+\.onnx)$/.exec(uri.split(/[?#]/)[0] ?? '');
  if (!match) return undefined;
  let sameSite = !/^[a-z][a-z0-9+.-]*:/i.test(uri);
  if (!sameSite && publicUrl) {
    try {
      sameSite = new URL(uri).host === new URL(publicUrl).host;
    } catch {
      sameSite = false;
    }
  }
  return { file: match[1]!, sameSite };
}

/**
 * Coverage of one artifact. A file under public/models/ is used when the URI names it and either
 * the artifact's sha256 matches the file or the URI points at this hub (relative, or PUBLIC_URL's host).
 */
export async function coverageForArtifact(artifact: ArtifactRef, publicUrl: string | undefined): Promise<ArtifactCoverage> {
  const { uri } = artifact;
  if (artifact.format.toLowerCase() !== 'onnx') return { kind: 'not-onnx', uri, format: artifact.format };
  const named = servedFileOf(uri, publicUrl);
  const load = named && servedFiles.get(named.file);
  if (!named || !load) {
    return { kind: 'not-readable', uri, reason: 'the hub does not serve this file itself, and pages never download artifacts' };
  }
  const { report, coverage } = await inspectServed(named.file, load);
  if (artifact.sha256 ? normaliseSha(artifact.sha256) !== report.sha256 : !named.sameSite) {
    return {
      kind: 'not-readable',
      uri,
      reason: artifact.sha256
        ? `the file this hub serves as ${MODELS_URL_PATH}${named.file} has a different SHA-256 than the artifact`
        : 'the URI points at another site and the artifact has no SHA-256 to match against this hub’s file',
    };
  }
  return { kind: 'computed', uri, servedAt: `${MODELS_URL_PATH}${named.file}`, report, coverage };
}
