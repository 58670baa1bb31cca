/**
 * Operator coverage for the ONNX artifacts of catalog versions, computed at build time for the
 * files the hub itself serves (the demo models under public/models/). Other URIs (s3://, root://,
 * external https) are not fetched during a build: the page says how to check them instead.
 */
import { readdir } from 'node:fs/promises';
import type { CoverageReport, InspectReport } from '../lib/onnx';
import { MODELS_DIR, MODELS_URL_PATH, inspectDemoFile } from './demo-models';

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

let served: Promise<Set<string>> | undefined;
const servedFiles = () => (served ??= readdir(MODELS_DIR).then((names) => new Set(names.filter((n) => n.endsWith('.onnx')))));

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
export async function coverageForArtifact(artifact: ArtifactRef, publicUrl = process.env.PUBLIC_URL): Promise<ArtifactCoverage> {
  const { uri } = artifact;
  if (artifact.format.toLowerCase() !== 'onnx') return { kind: 'not-onnx', uri, format: artifact.format };
  const named = servedFileOf(uri, publicUrl);
  if (!named || !(await servedFiles()).has(named.file)) {
    return { kind: 'not-readable', uri, reason: 'the hub does not serve this file itself, and builds never download artifacts' };
  }
  const { report, coverage } = await inspectDemoFile(named.file);
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
