import { createRoute } from '@hono/zod-openapi';
import { getModelBySlug } from '../../../db/queries/models';
import { getModelVersion } from '../../../db/queries/model-versions';
import { describeAdapter, parseUserAgent } from '../../../src/lib/benchmarks/device-info';
import type { HardwareInfo } from '../../../src/lib/benchmarks/record';
import { throughputFromTotalTime } from '../../../src/lib/stats';
import { ApiError } from '../../errors';
import { rateLimit } from '../../middleware/rate-limit';
import { createRouter } from '../../router';
import { unprocessableResponse } from '../../contract/catalog-schema';
import { json } from '../../contract/json-content';
import { errorResponses as E } from '../../contract/shared-schema';
import { storeResult } from './store';
import { BenchmarkResultSchema, CommunityCreateSchema, type CommunityCreate } from '../../contract/benchmarks/schema';

/** Anonymous submissions per client address and window; generous for a person, useless for a flood. */
export const COMMUNITY_RATE_LIMIT = { limit: 20, windowSeconds: 3600 };

export const COMMUNITY_SUBMITTER = 'anonymous visitor';

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

export const communityRoutes = createRouter();

communityRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/',
    tags: ['Benchmarks'],
    summary: 'Submit a latency measured in your browser',
    description:
      'No token. For public models only; marked `community` (no other source can be claimed), the device is read from the `User-Agent` header and the WebGPU adapter sent, ' +
      `throughput is computed by the hub, and the hub judges validity. At most ${COMMUNITY_RATE_LIMIT.limit} per client per hour.`,
    middleware: [rateLimit('benchmark-community', () => COMMUNITY_RATE_LIMIT)] as const,
    request: { body: { required: true, ...json(CommunityCreateSchema) } },
    responses: {
      201: { description: 'Stored as a community result.', ...json(BenchmarkResultSchema) },
      ...E.badRequest,
      ...E.tooLarge,
      ...unprocessableResponse,
      ...E.rateLimited,
    },
  }),
  async (c) => {
    const body = c.req.valid('json');
    const unknown = (path: string, code: string, message: string) =>
      new ApiError(422, code, message, { issues: [{ in: 'body', path, message, code }] });
    const model = await getModelBySlug(c.var.db, body.model);
    if (!model || model.visibility !== 'public')
      throw unknown('model', 'unknown_model', `No public model "${body.model}".`);
    const version = await getModelVersion(c.var.db, model.id, body.version);
    if (!version)
      throw unknown('version', 'unknown_model_version', `Model "${model.slug}" has no version ${body.version}.`);
    const { hardware, software } = communityEnvironment(body, c.req.header('user-agent') ?? '');
    const { settings, results } = body;
    const response = await storeResult(c, model, {
      db: c.var.db,
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
    return c.json(response, 201);
  },
);
