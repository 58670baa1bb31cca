/**
 * Recording benchmark results: a CI or harness record (REST), a visitor's browser measurement
 * (community) and the Node host's first-start self-profile all store through `storeBenchmarkResult`,
 * so every stored result is judged, inserted and announced the same way.
 */
import { getBenchmarkResult, insertBenchmarkResult, tokenName } from '../../db/queries/benchmark-results';
import { getModelVersion } from '../../db/queries/model-versions';
import { isUniqueViolation } from '../../db/errors';
import type { NewBenchmarkResultRow } from '../../db/schema';
import { describeAdapter, parseUserAgent } from '../../src/lib/benchmarks/device-info';
import type { HardwareInfo } from '../../src/lib/benchmarks/record';
import type { BenchmarkResultJson } from '../../src/lib/benchmarks/result-json';
import { throughputFromTotalTime } from '../../src/lib/stats';
import { BenchmarkRejection, prepareBenchmarkResult, type PrepareResultInput } from '../benchmarks/prepare-result';
import type { AuthContext, WriteContext } from '../env';
import { ApiError } from '../errors';
import { publicChange } from '../public-change';
import { assertCanWrite, viewerOf } from './catalog-access';
import { findModel } from './models';
import { toBenchmarkResponse } from '../contract/benchmarks/responses';
import type { BenchmarkCreate, CommunityCreate } from '../contract/benchmarks/schema';

export const COMMUNITY_SUBMITTER = 'anonymous visitor';

/** 422 for a body that names something the hub does not have (a model, a version). */
export function unprocessable(path: string, code: string, message: string): ApiError {
  return new ApiError(422, code, message, { issues: [{ in: 'body', path, message, code }] });
}

/**
 * Judges and inserts one result, and announces it when its model is public; a second correction
 * of the same result racing this one is a 409. Needs no configuration, so hosts without the
 * app's (the self-profile) call it with their database and hooks.
 */
export async function storeBenchmarkResult(
  ctx: Pick<WriteContext, 'db' | 'hooks'>,
  input: Omit<PrepareResultInput, 'db'>,
): Promise<BenchmarkResultJson> {
  let row: NewBenchmarkResultRow;
  try {
    row = await prepareBenchmarkResult({ ...input, db: ctx.db });
  } catch (error) {
    if (error instanceof BenchmarkRejection) {
      throw new ApiError(
        error.status,
        error.code,
        error.message,
        error.issues.length ? { issues: error.issues.map((i) => ({ in: 'body', ...i })) } : undefined,
      );
    }
    throw error;
  }
  try {
    await insertBenchmarkResult(ctx.db, row);
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ApiError(
        409,
        'conflict',
        `Result "${row.supersedesId}" was superseded by another result just now; supersede that one instead.`,
      );
    throw error;
  }
  if (input.model.visibility === 'public')
    ctx.hooks.onPublicChange?.(publicChange.benchmark(input.model.slug, input.version.version));
  const stored = await getBenchmarkResult(ctx.db, row.id);
  return toBenchmarkResponse(stored!);
}

/**
 * A result of a model version as `npm run bench:models` writes it, posted with a token: the model
 * must belong to the token's group (admins: any).
 */
export async function recordBenchmark(
  ctx: WriteContext,
  auth: AuthContext,
  body: BenchmarkCreate,
): Promise<BenchmarkResultJson> {
  const model = await findModel(ctx, body.model, viewerOf(auth));
  if (!model)
    throw unprocessable('model', 'unknown_model', `No model "${body.model}" is registered (or you may not see it).`);
  assertCanWrite(auth, model, 'model');
  const version = await getModelVersion(ctx.db, model.id, body.version);
  if (!version)
    throw unprocessable('version', 'unknown_model_version', `Model "${model.slug}" has no version ${body.version}.`);
  const { model: _slug, version: _number, ...record } = body;
  return storeBenchmarkResult(ctx, {
    model,
    version,
    record,
    source: body.provenance.source ?? 'ci',
    submitter: (await tokenName(ctx.db, auth.tokenId)) ?? auth.tokenId,
    tokenId: auth.tokenId,
    now: new Date(),
  });
}

/** The hardware and software of a visitor's browser: user agent from the request, adapter as the page read it. */
export function communityEnvironment(body: CommunityCreate, userAgent: string) {
  const { browser, os } = parseUserAgent(userAgent);
  const { hardwareConcurrency, deviceMemoryGb, webgpuAdapter } = body.device;
  const machine = [
    hardwareConcurrency ? `${hardwareConcurrency} logical cores` : '',
    deviceMemoryGb ? `about ${deviceMemoryGb} GB memory` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const hardware: HardwareInfo = {
    browser,
    ...(webgpuAdapter && body.engine.executionProvider === 'webgpu'
      ? { webgpuAdapter: describeAdapter(webgpuAdapter) }
      : {}),
    ...(machine ? { description: `${os}, ${machine}` } : {}),
  };
  return { hardware, software: { os, runtime: `${browser.name} ${browser.version}`.trim() } };
}

/**
 * A latency measured in a visitor's browser, for public models only: marked `community`, the
 * device read from `userAgent` and the adapter sent, throughput computed here.
 */
export async function recordCommunityBenchmark(
  ctx: WriteContext,
  body: CommunityCreate,
  userAgent: string,
): Promise<BenchmarkResultJson> {
  const model = await findModel(ctx, body.model);
  if (!model || model.visibility !== 'public')
    throw unprocessable('model', 'unknown_model', `No public model "${body.model}".`);
  const version = await getModelVersion(ctx.db, model.id, body.version);
  if (!version)
    throw unprocessable('version', 'unknown_model_version', `Model "${model.slug}" has no version ${body.version}.`);
  const { hardware, software } = communityEnvironment(body, userAgent);
  const { settings, results } = body;
  return storeBenchmarkResult(ctx, {
    model,
    version,
    record: {
      engine: body.engine,
      hardware,
      software,
      settings: {
        scenario: 'single-stream',
        batchSize: settings.batchSize,
        warmupRuns: settings.warmupRuns,
        ...(settings.wasmThreads ? { intraOpThreads: settings.wasmThreads } : {}),
        ...(settings.runsPerSample ? { runsPerSample: settings.runsPerSample } : {}),
        ...(settings.input ? { input: settings.input } : {}),
      },
      results: {
        ...results,
        throughputPerSec: throughputFromTotalTime(settings.batchSize, results.iterations, results.durationMs),
      },
    },
    source: 'community',
    submitter: COMMUNITY_SUBMITTER,
    now: new Date(),
  });
}
