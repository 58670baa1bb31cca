import { z } from '@hono/zod-openapi';

const DimSchema = z.union([z.number().int(), z.string(), z.null()]).openapi({
  description: 'A dimension: a number, a symbolic name ("batch"), or null when unknown.',
});

const ValueSummarySchema = z
  .object({
    name: z.string(),
    type: z.string().openapi({
      example: 'float32',
      description: '`float32` for tensors; `seq(…)`, `map(…)`, `optional(…)`, `sparse(…)` otherwise.',
    }),
    elemType: z.string().nullable(),
    shape: z
      .array(DimSchema)
      .nullable()
      .openapi({ example: ['batch', 2] }),
  })
  .openapi('OnnxValue');

const OpsetImportSchema = z.object({
  domain: z.string().openapi({ description: "'' is the default ai.onnx domain." }),
  version: z.number().int(),
});

const OperatorCountSchema = z
  .object({
    op: z.string().openapi({ example: 'MatMul', description: 'Domain-qualified: `Relu`, `ai.onnx.ml:Scaler`.' }),
    domain: z.string(),
    opType: z.string(),
    count: z.number().int(),
    opset: z.number().int().nullable(),
  })
  .openapi('OnnxOperatorCount');

const TensorTypeSchema = z.object({
  type: z.string(),
  elemType: z.string().nullable(),
  shape: z.array(DimSchema).nullable(),
});

const NodeSummarySchema = z.object({
  name: z.string(),
  opType: z.string(),
  domain: z.string(),
  inputs: z.array(z.string()),
  outputs: z.array(z.string()),
  graph: z.string().openapi({ description: "'' for the main graph, else the subgraph path." }),
  inputTypes: z.array(TensorTypeSchema.nullable()).openapi({
    description:
      'Type of each input where the model states it (graph inputs and outputs, value_info, initializers, Constant nodes); null where unknown.',
  }),
  outputTypes: z.array(TensorTypeSchema.nullable()),
  attributes: z
    .record(z.string(), z.union([z.number(), z.string(), z.array(z.number())]))
    .openapi({ description: 'INT, FLOAT, STRING and short INTS attributes of the node.' }),
});

const InitializerStatsSchema = z.object({
  count: z.number().int(),
  bytes: z.number().int(),
  externalCount: z.number().int(),
  externalBytes: z.number().int(),
  parameters: z.number().int(),
  byElementType: z.array(
    z.object({ elemType: z.string(), count: z.number().int(), bytes: z.number().int(), parameters: z.number().int() }),
  ),
});

export const InspectReportSchema = z
  .object({
    schemaVersion: z.literal(1),
    byteSize: z.number().int(),
    sha256: z.string(),
    irVersion: z.number().int(),
    opsetImports: z.array(OpsetImportSchema),
    producer: z.object({ name: z.string(), version: z.string() }),
    model: z.object({ domain: z.string(), version: z.number().int() }),
    docString: z.string(),
    docStringTruncated: z.boolean(),
    graphName: z.string(),
    inputs: z.array(ValueSummarySchema),
    outputs: z.array(ValueSummarySchema),
    initializers: InitializerStatsSchema,
    constants: z
      .object({ count: z.number().int(), bytes: z.number().int(), parameters: z.number().int() })
      .openapi({ description: 'Weights held by Constant nodes (main graph and subgraphs).' }),
    parameters: z
      .number()
      .int()
      .openapi({ description: 'All weights: initializers of every graph plus Constant nodes.' }),
    nodeCount: z.number().int(),
    subgraphCount: z.number().int(),
    subgraphNodeCount: z.number().int(),
    subgraphs: z
      .array(
        z.object({
          path: z.string(),
          opType: z.string(),
          attribute: z.string(),
          depth: z.number().int(),
          nodeCount: z.number().int(),
          initializerCount: z.number().int(),
        }),
      )
      .openapi({ description: 'If/Loop/Scan bodies and other graph attributes, parents first (the first 1,000).' }),
    customDomains: z
      .array(
        z.object({
          domain: z.string(),
          nodeCount: z.number().int(),
          opTypes: z.array(z.string()),
          opset: z.number().int().nullable(),
          localFunctions: z.array(z.string()),
        }),
      )
      .openapi({ description: 'Non-standard operator domains that nodes use (an opset import alone does not count).' }),
    externalData: z.array(
      z.object({
        tensor: z.string(),
        location: z.string(),
        offset: z.number().int().nullable(),
        length: z.number().int().nullable(),
        graph: z.string(),
      }),
    ),
    symbolicDims: z
      .array(z.object({ name: z.string(), usedBy: z.array(z.string()) }))
      .openapi({ description: 'Named dimensions and the values that use them (the first 20 of each).' }),
    operators: z.array(OperatorCountSchema),
    nodes: z
      .array(NodeSummarySchema)
      .openapi({ description: 'Node list in graph order, capped at 10,000 (see nodesTruncated).' }),
    nodesTruncated: z.boolean(),
    functions: z.array(
      z.object({
        domain: z.string(),
        name: z.string(),
        nodeCount: z.number().int(),
        opsetImports: z.array(OpsetImportSchema),
        operators: z.array(OperatorCountSchema),
      }),
    ),
    metadata: z.array(z.object({ key: z.string(), value: z.string() })),
    warnings: z.array(z.string()),
  })
  .openapi('OnnxInspectReport');

const SourceRefSchema = z.object({
  repository: z.string(),
  path: z.string(),
  commit: z.string().nullable(),
  date: z.string().nullable().openapi({ description: 'Commit date; null where the list does not record it.' }),
  sections: z.array(z.string()).readonly(),
});

const EngineCoverageSchema = z
  .object({
    engine: z.enum(['ort-cpu', 'ort-web-webgpu', 'tmva-sofie', 'hls4ml']),
    name: z.string(),
    version: z.string(),
    status: z.enum(['runs', 'runs-with-fallback', 'fails', 'unknown']).openapi({
      description:
        'runs; runs-with-fallback (some nodes run on the CPU back end, see reasons); fails (a node cannot run, see reasons); unknown (the checker could not decide, see reasons).',
    }),
    summary: z.string().openapi({ example: 'missing: DequantizeLinear, QuantizeLinear' }),
    missing: z.array(z.string()),
    fallback: z
      .array(z.string())
      .openapi({ description: 'Operators that run, but on the WASM CPU back end (onnxruntime-web).' }),
    opsetProblems: z.array(
      z.object({
        op: z.string(),
        opset: z.number().int().nullable(),
        range: z.string().nullable(),
        message: z.string(),
      }),
    ),
    reasons: z
      .array(
        z.object({
          kind: z.enum(['fails', 'fallback', 'unknown']),
          op: z.string(),
          node: z.string().nullable().openapi({ description: 'Node name (or #index); null for model-wide reasons.' }),
          message: z.string(),
        }),
      )
      .openapi({
        description: 'Why the status is not runs: which node fails, falls back or could not be decided, and why.',
      }),
    notes: z.array(z.string()),
    sources: z.array(SourceRefSchema),
  })
  .openapi('OnnxEngineCoverage');

export const CoverageReportSchema = z
  .object({ schemaVersion: z.literal(1), engines: z.array(EngineCoverageSchema) })
  .openapi('OnnxCoverageReport');

export const InspectResponseSchema = z
  .object({ report: InspectReportSchema, coverage: CoverageReportSchema })
  .openapi('OnnxInspectResponse');
