import { getBenchmarkResult, versionArtifacts } from '../../db/queries/benchmark-results';
import { getPoolBySlug } from '../../db/queries/hardware';
import type { Db } from '../../db/client';
import type { Model, ModelArtifact, ModelVersion, NewBenchmarkResultRow, StoredBenchmarkRecord } from '../../db/schema';
import { hardwareLabel } from '../../src/lib/benchmarks/labels';
import { plausibilityIssues } from '../../src/lib/benchmarks/plausibility';
import type { BenchmarkRecord, BenchmarkSource } from '../../src/lib/benchmarks/record';
import { hubValidity } from '../../src/lib/benchmarks/validity';
import { randomId } from '../../src/lib/tokens';
import { resolveProvenance } from './provenance';

/** A result the hub refuses: the REST route answers it as ApiError, a webhook as a stored rejection. */
export class BenchmarkRejection extends Error {
  constructor(
    readonly status: 403 | 409 | 422,
    readonly code: string,
    message: string,
    readonly issues: { path: string; message: string; code: string }[] = [],
  ) {
    super(message);
    this.name = 'BenchmarkRejection';
  }
}

/** A record as submitted: the harness's full record, with the parts the hub can fill in left optional. */
export type SubmittedRecord = Omit<
  BenchmarkRecord,
  'model' | 'version' | 'artifact' | 'validity' | 'provenance' | 'software'
> & {
  artifact?: BenchmarkRecord['artifact'] | undefined;
  software?: BenchmarkRecord['software'] | undefined;
  validity?: BenchmarkRecord['validity'] | undefined;
  provenance?: Partial<BenchmarkRecord['provenance']> | undefined;
};

export interface PrepareResultInput {
  db: Db;
  model: Model;
  version: ModelVersion;
  record: SubmittedRecord;
  source: BenchmarkSource;
  /** Who submitted it when the record does not say (token or webhook source name). */
  submitter: string;
  tokenId?: string | undefined;
  webhookSourceId?: string | undefined;
  eventRef?: string | undefined;
  now: Date;
  /** Base of the request path for error paths ("" for the REST body, "data.result." for events). */
  pathPrefix?: string;
}

function pickArtifact(
  artifacts: ModelArtifact[],
  sha256: string | undefined,
  where: string,
  input: PrepareResultInput,
): ModelArtifact | undefined {
  if (sha256) {
    const match = artifacts.find((a) => a.sha256?.toLowerCase() === sha256);
    if (!match) {
      throw new BenchmarkRejection(
        422,
        'unknown_artifact',
        `Version ${input.version.version} of model "${input.model.slug}" has no artifact with sha256 ${sha256}: benchmark a registered file, or register this one as a new version.`,
        [{ path: `${where}artifact.sha256`, message: 'Not an artifact of this version.', code: 'unknown_artifact' }],
      );
    }
    return match;
  }
  const onnx = artifacts.filter((a) => a.format === 'onnx');
  return onnx.length === 1 ? onnx[0] : artifacts.length === 1 ? artifacts[0] : undefined;
}

/**
 * Checks a submitted result against the catalog and turns it into the row to insert: the artifact
 * it measured (by sha256, else the version's only one), the result it corrects, the hub's own
 * validity verdict and the labels lists filter on. Reads only; throws BenchmarkRejection.
 */
export async function prepareBenchmarkResult(input: PrepareResultInput): Promise<NewBenchmarkResultRow> {
  const { db, model, version, record, now } = input;
  const where = input.pathPrefix ?? '';
  const implausible = plausibilityIssues(record.results);
  if (implausible.length > 0) {
    throw new BenchmarkRejection(
      422,
      'implausible_result',
      `The result is not consistent: ${implausible[0]!.message}.`,
      implausible.map((i) => ({ path: `${where}${i.path}`, message: i.message, code: 'implausible_result' })),
    );
  }

  const artifact = pickArtifact(await versionArtifacts(db, version.id), record.artifact?.sha256, where, input);
  if (record.supersedes) {
    const old = await getBenchmarkResult(db, record.supersedes);
    if (!old || old.modelVersionId !== version.id) {
      throw new BenchmarkRejection(
        422,
        'unknown_result',
        `There is no result "${record.supersedes}" of ${model.slug} v${version.version} to supersede.`,
        [{ path: `${where}supersedes`, message: 'Not a result of this model version.', code: 'unknown_result' }],
      );
    }
    if (old.supersededById) {
      throw new BenchmarkRejection(
        409,
        'conflict',
        `Result "${old.id}" is already superseded by "${old.supersededById}"; supersede that one instead.`,
      );
    }
  }

  const pool = record.hardwarePool ? await getPoolBySlug(db, record.hardwarePool) : undefined;
  if (record.hardwarePool && !pool) {
    throw new BenchmarkRejection(
      422,
      'unknown_hardware_pool',
      `There is no hardware pool "${record.hardwarePool}" (see GET /api/hardware).`,
      [{ path: `${where}hardwarePool`, message: 'Unknown hardware pool.', code: 'unknown_hardware_pool' }],
    );
  }

  const provenance: StoredBenchmarkRecord['provenance'] = resolveProvenance(record.provenance, {
    source: input.source,
    submitter: input.submitter,
    now,
  });
  const artifactInfo: StoredBenchmarkRecord['artifact'] = {
    ...record.artifact,
    ...(artifact?.sha256 ? { sha256: artifact.sha256.toLowerCase() } : {}),
    ...(artifact ? { name: record.artifact?.name ?? artifact.name } : {}),
    ...((record.artifact?.precision ?? artifact?.precision)
      ? { precision: (record.artifact?.precision ?? artifact?.precision)! }
      : {}),
    ...((record.artifact?.sparsityPct ?? artifact?.sparsityPct) != null
      ? { sparsityPct: (record.artifact?.sparsityPct ?? artifact?.sparsityPct)! }
      : {}),
  };
  const validity = hubValidity({
    results: record.results,
    settings: record.settings,
    hardware: record.hardware,
    provenance,
    validity: record.validity,
  });
  const stored: StoredBenchmarkRecord = {
    artifact: artifactInfo,
    engine: record.engine,
    hardware: record.hardware,
    software: record.software ?? {},
    settings: record.settings,
    results: record.results,
    ...(record.accuracy ? { accuracy: record.accuracy } : {}),
    validity,
    provenance,
    ...(pool ? { hardwarePool: pool.slug } : {}),
  };
  return {
    id: randomId('bm_'),
    modelId: model.id,
    modelVersionId: version.id,
    artifactSha256: artifactInfo.sha256 ?? null,
    precision: artifactInfo.precision ?? null,
    sparsityPct: artifactInfo.sparsityPct ?? null,
    engine: record.engine.name,
    engineVersion: record.engine.version,
    executionProvider: record.engine.executionProvider,
    buildVariant: record.engine.buildVariant ?? null,
    hardware: hardwareLabel(record.hardware),
    softwareRendered: record.hardware.webgpuAdapter?.softwareRendered ?? false,
    scenario: record.settings.scenario,
    batchSize: record.settings.batchSize,
    threads: record.settings.intraOpThreads ?? null,
    latencyP50Ms: record.results.latencyMs.p50,
    latencyP99Ms: record.results.latencyMs.p99,
    throughputPerSec: record.results.throughputPerSec,
    peakMemoryBytes: record.results.peakMemoryBytes ?? null,
    valid: validity.valid,
    source: input.source,
    submitter: provenance.submitter ?? input.submitter,
    tokenId: input.tokenId ?? null,
    webhookSourceId: input.webhookSourceId ?? null,
    eventRef: input.eventRef ?? null,
    supersedesId: record.supersedes ?? null,
    hardwarePoolId: pool?.id ?? null,
    measuredAt: new Date(provenance.measuredAt),
    createdAt: now,
    record: stored,
  };
}
