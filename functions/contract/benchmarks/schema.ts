import { z } from '@hono/zod-openapi';
import { integerString, METRIC_VALUE_BOUND, VersionNumberSchema } from '../strict-integer';
import { BENCHMARK_SOURCES, CLAIMABLE_SOURCES, SCENARIOS } from '../../../src/lib/benchmarks/record';
import { MODEL_TASKS } from '../../../src/lib/catalog-vocabulary';
import { BytesSchema, Sha256Schema, text } from '../catalog-schema';
import { PrecisionSchema } from '../models/schema';
import { HttpUrlSchema, orNull, PageInfoSchema, SlugSchema } from '../shared-schema';

const ms = z.number().finite().min(0).max(1e9);
const count = (max: number) => z.number().int().min(1).max(max);
const cv = z.number().finite().min(0).max(1e4);

export const BenchmarkIdSchema = z
  .string()
  .regex(/^bm_[A-Za-z0-9_-]{8,64}$/, 'A benchmark result id looks like "bm_…".')
  .openapi({ example: 'bm_Xc3kTMd9aQ1f0bWm' });

export const ArtifactInfoSchema = z
  .object({
    sha256: Sha256Schema.optional().openapi({
      description:
        "SHA-256 of the file measured; must be one of the version's artifacts. Omitted: the version's only artifact.",
    }),
    name: text(200).optional(),
    irVersion: z.number().int().min(1).max(100).optional(),
    opsets: z
      .record(z.string().max(100), z.number().int().min(1).max(1000))
      .optional()
      .openapi({ description: 'Opset per domain ("" is ai.onnx).' }),
    precision: PrecisionSchema.optional().openapi({ description: "Defaults to the artifact's registered precision." }),
    sparsityPct: z.number().finite().min(0).max(100).optional(),
  })
  .strict()
  .openapi('BenchmarkArtifact');

export const EngineSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .regex(/^[A-Za-z0-9][A-Za-z0-9._+ -]*$/, 'An engine name such as onnxruntime-node, tensorrt or hls4ml.')
      .openapi({ example: 'onnxruntime-node' }),
    version: text(64).openapi({ example: '1.30.0' }),
    executionProvider: z
      .string()
      .trim()
      .toLowerCase()
      .min(1)
      .max(32)
      .regex(/^[a-z0-9][a-z0-9_-]*$/, 'A provider such as cpu, cuda, tensorrt, wasm or webgpu.')
      .openapi({ example: 'cpu' }),
    buildVariant: text(100).optional().openapi({ example: 'cuda12-cudnn9' }),
  })
  .strict()
  .openapi('BenchmarkEngine');

export const WebGpuAdapterSchema = z
  .object({
    vendor: z.string().max(200).optional(),
    architecture: z.string().max(200).optional(),
    device: z.string().max(200).optional(),
    description: z.string().max(200).optional(),
    softwareRendered: z
      .boolean()
      .openapi({ description: 'SwiftShader or another CPU rasteriser: a WebGPU number, not a GPU one.' }),
  })
  .strict()
  .openapi('BenchmarkWebGpuAdapter');

export const HardwareSchema = z
  .object({
    cpu: z
      .object({
        model: text(200).openapi({ example: 'AMD EPYC 7763 64-Core Processor' }),
        cores: count(100_000).optional().openapi({ description: 'Logical processors.' }),
        architecture: text(50).optional(),
        frequencyMhz: z.number().finite().positive().max(1e5).optional(),
      })
      .strict()
      .optional(),
    memoryBytes: BytesSchema.optional(),
    accelerators: z
      .array(
        z
          .object({
            kind: z.enum(['gpu', 'fpga', 'npu', 'other']),
            model: text(200).openapi({ example: 'NVIDIA A100-SXM4-40GB' }),
            count: count(100_000),
            memoryBytes: BytesSchema.optional(),
            driver: text(100).optional(),
          })
          .strict(),
      )
      .max(16)
      .optional(),
    browser: z
      .object({ name: text(60), version: z.string().max(60), userAgent: z.string().max(512) })
      .strict()
      .optional(),
    webgpuAdapter: WebGpuAdapterSchema.optional(),
    description: text(200).optional(),
  })
  .strict()
  .refine(
    (h) => h.cpu || h.accelerators?.length || h.browser || h.description,
    'Describe the hardware: cpu, accelerators, browser or description.',
  )
  .openapi('BenchmarkHardware');

export const SoftwareSchema = z
  .object({
    os: text(200).optional(),
    kernel: text(200).optional(),
    runtime: text(200).optional().openapi({ example: 'Node 20.19.2' }),
    containerImageDigest: z
      .string()
      .regex(/^sha256:[0-9a-f]{64}$/, 'An image digest "sha256:<64 hex>".')
      .optional(),
    libraries: z
      .record(z.string().max(100), z.string().max(100))
      .refine((r) => Object.keys(r).length <= 50, 'At most 50 libraries.')
      .optional(),
  })
  .strict()
  .openapi('BenchmarkSoftware');

export const SettingsSchema = z
  .object({
    scenario: z
      .enum(SCENARIOS)
      .openapi({ description: 'single-stream: one batch at a time, latency per batch; offline: throughput.' }),
    batchSize: count(1_000_000),
    intraOpThreads: count(4096).optional(),
    interOpThreads: count(4096).optional(),
    warmupRuns: z.number().int().min(0).max(1e9),
    minIterations: z.number().int().min(0).max(1e12).optional(),
    minDurationMs: ms.optional(),
    graphOptimizationLevel: text(50).optional(),
    input: z
      .object({ description: text(1000), seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional() })
      .strict()
      .optional(),
    timing: text(200).optional(),
    runsPerSample: count(1_000_000).optional(),
  })
  .strict()
  .openapi('BenchmarkSettings');

/** Percentiles must be in order: a summary that is not cannot be a measurement. */
export const LatencySchema = z
  .object({
    min: ms,
    mean: ms,
    p50: ms,
    p90: ms,
    p95: ms.optional(),
    p99: ms,
    p999: ms,
    max: ms.optional(),
    stdev: ms.optional(),
  })
  .strict()
  .superRefine((l, ctx) => {
    const chain: [string, number | undefined][] = [
      ['min', l.min],
      ['p50', l.p50],
      ['p90', l.p90],
      ['p95', l.p95],
      ['p99', l.p99],
      ['p999', l.p999],
      ['max', l.max],
    ];
    const present = chain.filter((e): e is [string, number] => e[1] !== undefined);
    for (let i = 1; i < present.length; i++) {
      const [lowName, low] = present[i - 1]!;
      const [highName, high] = present[i]!;
      if (high < low * (1 - 1e-9))
        ctx.addIssue({
          code: 'custom',
          path: [highName],
          message: `${highName} (${high}) is below ${lowName} (${low}): percentiles must not decrease.`,
        });
    }
    if (l.mean < l.min * (1 - 1e-9) || (l.max !== undefined && l.mean > l.max * (1 + 1e-9)))
      ctx.addIssue({ code: 'custom', path: ['mean'], message: 'The mean must lie between min and max.' });
  })
  .openapi('BenchmarkLatencyMs', { description: 'Milliseconds per batch.' });

export const ResultsSchema = z
  .object({
    iterations: count(1e12).openapi({ description: 'Timed runs.' }),
    durationMs: z.number().finite().positive().max(1e9).openapi({ description: 'Wall time of the timed loop.' }),
    latencyMs: LatencySchema,
    latencyCv: cv.optional().openapi({ description: 'stdev / mean of the samples.' }),
    p50StabilityCv: cv
      .optional()
      .openapi({ description: 'stdev / mean of the p50 of ten consecutive parts of the run; judged against 10 %.' }),
    throughputPerSec: z.number().finite().positive().max(1e15),
    sessionCreateMs: ms.optional(),
    firstInferenceMs: ms.optional(),
    peakMemoryBytes: BytesSchema.optional(),
    baselineMemoryBytes: BytesSchema.optional(),
  })
  .strict()
  .openapi('BenchmarkResults');

export const AccuracySchema = z
  .object({
    metric: text(100),
    value: z.number().min(-METRIC_VALUE_BOUND).max(METRIC_VALUE_BOUND),
    reference: z.number().min(-METRIC_VALUE_BOUND).max(METRIC_VALUE_BOUND).optional(),
    ratio: z.number().min(-METRIC_VALUE_BOUND).max(METRIC_VALUE_BOUND).optional(),
  })
  .strict()
  .openapi('BenchmarkAccuracy');

export const ValidityFlagSchema = z
  .object({
    code: z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'A snake_case code.'),
    severity: z.enum(['invalid', 'note']),
    message: text(500),
  })
  .strict()
  .openapi('BenchmarkValidityFlag');

export const ValiditySchema = z
  .object({ valid: z.boolean(), flags: z.array(ValidityFlagSchema).max(20) })
  .strict()
  .openapi('BenchmarkValidity', {
    description:
      'The hub judges every result itself (iterations, duration and p50 stability against the declared minimums, never below 100 runs and 0.5 s) ' +
      "and keeps a submitter's other flags: a submitter can call a run invalid, never valid.",
  });

const MeasuredAtSchema = z.iso
  .datetime({ offset: true })
  .refine((t) => Date.parse(t) <= Date.now() + 5 * 60_000, 'measuredAt is in the future.');

export const ProvenanceInputSchema = z
  .object({
    source: z.enum(CLAIMABLE_SOURCES).optional().openapi({
      description: 'harness, ci (default) or browser; `community` is reserved for POST /api/benchmarks/community.',
    }),
    submitter: text(120)
      .optional()
      .openapi({ description: 'Who ran it; defaults to the token or webhook source name.' }),
    measuredAt: MeasuredAtSchema.optional().openapi({ description: 'Defaults to when the hub received it.' }),
    rawLogUrl: HttpUrlSchema.optional(),
    harness: z
      .object({ name: text(100), version: text(50) })
      .strict()
      .optional(),
  })
  .strict()
  .openapi('BenchmarkProvenanceInput');

const recordFields = {
  artifact: ArtifactInfoSchema.optional(),
  engine: EngineSchema,
  hardware: HardwareSchema,
  software: SoftwareSchema.default({}),
  settings: SettingsSchema,
  results: ResultsSchema,
  accuracy: AccuracySchema.optional(),
  validity: ValiditySchema.optional().openapi({
    description: "The harness's verdict; the hub re-judges (see BenchmarkValidity).",
  }),
  provenance: ProvenanceInputSchema.default({}),
  supersedes: BenchmarkIdSchema.optional().openapi({
    description: 'The result this one corrects (same model version, not superseded yet).',
  }),
  hardwarePool: SlugSchema.optional().openapi({
    description: 'The hardware pool it ran on (a slug of GET /api/hardware); an unknown pool is a 422.',
    example: 'alice-epn',
  }),
};

/** The record without its model: what a `benchmark.completed` event carries as `result`. */
export const BenchmarkRecordBodySchema = z.object(recordFields).strict().openapi('BenchmarkRecordBody');

export const BenchmarkCreateSchema = z
  .object({
    model: SlugSchema.openapi({ example: 'jet-btag' }),
    version: VersionNumberSchema.openapi({ example: 1 }),
    ...recordFields,
  })
  .strict()
  .openapi('BenchmarkCreate');

export type BenchmarkRecordBody = z.infer<typeof BenchmarkRecordBodySchema>;
export type BenchmarkCreate = z.infer<typeof BenchmarkCreateSchema>;

export const CommunityCreateSchema = z
  .object({
    model: SlugSchema,
    version: VersionNumberSchema,
    source: z.literal('community').optional().openapi({
      description: 'Community results are always marked `community`; no other source can be claimed here.',
    }),
    engine: z
      .object({ name: z.literal('onnxruntime-web'), version: text(32), executionProvider: z.enum(['wasm', 'webgpu']) })
      .strict(),
    device: z
      .object({
        webgpuAdapter: z
          .object({
            vendor: z.string().max(200).optional(),
            architecture: z.string().max(200).optional(),
            device: z.string().max(200).optional(),
            description: z.string().max(200).optional(),
          })
          .strict()
          .optional(),
        hardwareConcurrency: z.number().int().min(1).max(1024).optional(),
        deviceMemoryGb: z.number().finite().min(0).max(1024).optional(),
      })
      .strict()
      .default({}),
    settings: z
      .object({
        batchSize: count(4096),
        warmupRuns: z.number().int().min(0).max(100_000),
        wasmThreads: count(64).optional(),
        runsPerSample: count(100_000).optional(),
        input: z
          .object({ description: text(300) })
          .strict()
          .optional(),
      })
      .strict(),
    results: z
      .object({
        iterations: count(10_000_000),
        durationMs: z.number().finite().positive().max(3_600_000),
        latencyMs: LatencySchema,
        latencyCv: cv.optional(),
        p50StabilityCv: cv.optional(),
        sessionCreateMs: ms.optional(),
        firstInferenceMs: ms.optional(),
      })
      .strict(),
  })
  .strict()
  .openapi('BenchmarkCommunityCreate', {
    description:
      'A latency a visitor measured in their browser. The device is read from the User-Agent header and the WebGPU adapter sent here.',
  });

export type CommunityCreate = z.infer<typeof CommunityCreateSchema>;

export const BenchmarkResultSchema = z
  .object({
    id: BenchmarkIdSchema,
    model: z.object({ slug: z.string(), name: z.string(), task: z.enum(MODEL_TASKS) }),
    version: z.number().int(),
    artifact: ArtifactInfoSchema,
    engine: EngineSchema,
    engineLabel: z.string().openapi({ example: 'onnxruntime-node 1.30.0 · cpu' }),
    hardware: HardwareSchema,
    hardwareLabel: z.string().openapi({ example: 'AMD EPYC 7763, 16 cores' }),
    hardwarePool: orNull(SlugSchema).openapi({ description: 'The hardware pool it was measured on (slug), if any.' }),
    software: SoftwareSchema,
    settings: SettingsSchema,
    results: ResultsSchema,
    accuracy: AccuracySchema.optional(),
    validity: ValiditySchema,
    provenance: z.object({
      source: z.enum(BENCHMARK_SOURCES),
      submitter: z.string(),
      measuredAt: z.iso.datetime(),
      recordedAt: z.iso.datetime(),
      rawLogUrl: z.string().optional(),
      harness: z.object({ name: z.string(), version: z.string() }).optional(),
      eventRef: z.string().nullable().openapi({ description: 'The webhook delivery it came with, if any.' }),
    }),
    supersedes: BenchmarkIdSchema.nullable(),
    supersededBy: BenchmarkIdSchema.nullable(),
    links: z.object({ self: z.string(), page: z.string(), version: z.string(), versionBenchmarks: z.string() }),
  })
  .openapi('BenchmarkResult');

export type BenchmarkResultResponse = z.infer<typeof BenchmarkResultSchema>;

// The pages and exports read results through the pure BenchmarkResultJson type: keep the two in step.
type Assignable<T, U extends T> = U;
export type ResponseMatchesJson = Assignable<
  BenchmarkResultResponse,
  import('../../../src/lib/benchmarks/result-json').BenchmarkResultJson
>;

export const BenchmarkListSchema = z
  .object({ items: z.array(BenchmarkResultSchema) })
  .extend(PageInfoSchema.shape)
  .openapi('BenchmarkResultList');

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const BenchmarkFilterQuerySchema = z.object({
  task: z.enum(MODEL_TASKS).optional(),
  engine: z.string().max(64).optional().openapi({ example: 'onnxruntime-node' }),
  provider: z.string().max(32).optional().openapi({ example: 'cpu' }),
  precision: z.string().max(40).optional().openapi({ example: 'fp16' }),
  hardware: z
    .string()
    .max(100)
    .optional()
    .openapi({ description: 'Part of the hardware label, case-insensitive (e.g. "EPYC", "swiftshader").' }),
  source: z.enum(BENCHMARK_SOURCES).optional(),
  valid: booleanQuery.optional(),
  batch: integerString({ max: 1_000_000 }).optional(),
  superseded: z
    .enum(['include', 'exclude'])
    .optional()
    .openapi({ description: 'Superseded results are excluded unless `include`.' }),
  sort: z.enum(['recorded', 'measured', 'p50', 'p99', 'throughput', 'batch']).default('recorded'),
  order: z
    .enum(['asc', 'desc'])
    .optional()
    .openapi({ description: 'Default: asc for latencies and batch, desc otherwise.' }),
  limit: integerString({ max: 1000 })
    .optional()
    .openapi({ description: 'Page size (default 50; CSV default 1000; max 1000).' }),
  cursor: z.string().max(512).optional(),
  format: z
    .enum(['json', 'csv'])
    .optional()
    .openapi({ description: 'csv: the same rows as CSV (also with `Accept: text/csv`).' }),
});

export const BenchmarkListQuerySchema = BenchmarkFilterQuerySchema.extend({
  model: SlugSchema.optional(),
  version: integerString().optional().openapi({ description: 'Needs `model`.' }),
});

export const VersionBenchmarkQuerySchema = BenchmarkFilterQuerySchema.extend({
  include: z.enum(['version', 'family']).default('version').openapi({
    description:
      'family: also the versions that name this one as parent (precision and pruned variants), its parent and siblings.',
  }),
});

export const BenchmarkIdParamSchema = z.object({
  id: BenchmarkIdSchema.openapi({ param: { name: 'id', in: 'path' } }),
});

export const VersionParamSchema = z.object({
  slug: SlugSchema.openapi({ param: { name: 'slug', in: 'path' } }),
  version: integerString().openapi({ param: { name: 'version', in: 'path' }, example: 1 }),
});
