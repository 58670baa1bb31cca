import { z } from '@hono/zod-openapi';
import { oneOrMany } from '../multi-value';
import { ArchivedFieldsSchema } from '../lifecycle-archive/schema';
import { integerString, METRIC_VALUE_BOUND, VersionNumberSchema } from '../strict-integer';
import {
  ARTIFACT_FORMATS,
  DATASET_ROLES,
  DEPLOYMENT_KINDS,
  LATEST_ALIAS,
  METRIC_SPLITS,
  MODEL_TASKS,
  PRECISION_PATTERN,
  VERSION_STATUSES,
} from '../../../src/lib/catalog-vocabulary';
import { CARD_KEYS } from '../../../src/lib/model-card';
import {
  BytesSchema,
  ContactSchema,
  IsoDateTimeSchema,
  OwnerGroupSchema,
  Sha256Schema,
  StorageUriSchema,
  MAX_TAGS,
  TagSchema,
  text,
  TimestampsSchema,
  VisibilitySchema,
} from '../catalog-schema';
import { DatasetVersionLabelSchema } from '../datasets/schema';
import { HttpUrlSchema, PageInfoSchema, PaginationQuerySchema, SlugSchema } from '../shared-schema';
import { markdownField } from '../markdown-field';

const CARD_KEY_LIST = Object.keys(CARD_KEYS)
  .map((k) => `\`${k}\``)
  .join(', ');

/** Longest card accepted, front matter included. */
export const CARD_MAX_CHARS = 100_000;

export const CardSchema = markdownField(CARD_MAX_CHARS).openapi({
  description:
    'The model card: Markdown with optional Hugging Face-style YAML front matter. Keys read from the front matter: ' +
    `${CARD_KEY_LIST} (\`pipeline_tag\`/\`task\` → task when it names a hub task; \`license: other\` + \`license_name\` → license). ` +
    'A missing name comes from the first heading, a missing summary from the first paragraph. Fields sent explicitly win over the card. ' +
    'The whole front matter is kept as `cardMetadata`.',
});

export const FrameworkSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(40)
  .regex(/^[a-z0-9][a-z0-9._+-]*$/, 'Frameworks are lowercase names, e.g. "pytorch", "tensorflow", "xgboost".');

export const PrecisionSchema = z
  .string()
  .trim()
  .max(40)
  .regex(PRECISION_PATTERN, 'Use a precision such as fp32, fp16, bf16, int8, int8-qdq or ap_fixed<16,6>.')
  .openapi({ example: 'ap_fixed<16,6>' });

/** Fields of a model after the card is merged in (what create and patch finally validate). */
export const ModelFieldsSchema = z.object({
  name: text(120),
  summary: text(280),
  task: z.enum(MODEL_TASKS),
  tags: z.array(TagSchema).max(MAX_TAGS),
  license: z.string().trim().min(1).max(100).nullable(),
  contacts: z.array(ContactSchema).max(10),
  datasets: z.array(text(200)).max(50),
  // Multilingual cards list every language: Whisper 99 codes, NLLB-200 about 200.
  languages: z.array(text(35)).max(250),
  library: z.string().trim().toLowerCase().min(1).max(60).nullable(),
});

const optionalFields = {
  name: ModelFieldsSchema.shape.name.optional().openapi({ example: 'GN2 flavour tagger' }),
  summary: ModelFieldsSchema.shape.summary.optional(),
  task: ModelFieldsSchema.shape.task.optional(),
  tags: ModelFieldsSchema.shape.tags.optional(),
  license: ModelFieldsSchema.shape.license.optional(),
  contacts: ModelFieldsSchema.shape.contacts.optional(),
  datasets: ModelFieldsSchema.shape.datasets
    .optional()
    .openapi({ description: 'Datasets the card names (catalog slugs or outside names).' }),
  languages: ModelFieldsSchema.shape.languages.optional(),
  library: ModelFieldsSchema.shape.library.optional(),
  card: CardSchema.optional(),
};

export const ModelCreateSchema = z
  .object({
    slug: SlugSchema,
    ownerGroup: OwnerGroupSchema.optional(),
    visibility: VisibilitySchema.default('public'),
    ...optionalFields,
  })
  .strict()
  .openapi('ModelCreate', {
    description: '`slug` is required; `name`, `summary` and `task` are too unless the card provides them.',
  });

export const ModelPatchSchema = z
  .object({ slug: SlugSchema.optional(), visibility: VisibilitySchema.optional(), ...optionalFields })
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Send at least one field to change.' })
  .openapi('ModelPatch', {
    description:
      'Changes the fields sent. A new `card` also refills the fields its front matter names, unless sent explicitly.',
  });

export const AliasNameSchema = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z][a-z0-9-]*$/, 'Alias names are lowercase words with hyphens, e.g. "production", "staging", "hlt-2026".')
  .refine((name) => name !== LATEST_ALIAS, {
    message: '"latest" is resolved by the hub (newest ready version) and cannot be set.',
  });

export const ModelAliasSchema = z
  .object({
    name: z.string(),
    version: z.number().int(),
    protected: z.boolean(),
    updatedAt: z.iso.datetime(),
    updatedBy: z.string().nullable().openapi({ description: 'Name of the token that last moved it.' }),
  })
  .openapi('ModelAlias');

const ModelSummaryFields = {
  slug: z.string(),
  name: z.string(),
  summary: z.string(),
  task: z.enum(MODEL_TASKS),
  tags: z.array(z.string()),
  license: z.string().nullable(),
  contacts: z.array(ContactSchema),
  datasets: z.array(z.string()),
  languages: z.array(z.string()),
  library: z.string().nullable(),
  ownerGroup: z.string(),
  visibility: VisibilitySchema,
  versionCount: z.number().int(),
  latestVersion: z.number().int().nullable(),
  productionVersion: z
    .number()
    .int()
    .nullable()
    .openapi({ description: 'The version the `production` alias points at.' }),
  ...TimestampsSchema,
  ...ArchivedFieldsSchema,
  url: z.string().openapi({ description: 'The model page on the site (public models).' }),
};

export const ModelSummarySchema = z.object(ModelSummaryFields).openapi('ModelSummary');

/** MLflow tags as the hub keeps them: key → value, on models and versions. */
export const LabelsSchema = z.record(z.string(), z.string()).openapi({
  description:
    'Key/value labels: the MLflow tags set through `/api/2.0/mlflow/…/set-tag` or mirrored from an MLflow webhook.',
  example: { team: 'l1t', 'mlflow.source.type': 'JOB' },
});

export const ModelSchema = z
  .object({
    ...ModelSummaryFields,
    card: z.string().openapi({ description: 'The card body (Markdown, front matter removed).' }),
    cardMetadata: z.record(z.string(), z.unknown()).openapi({ description: "The card's front matter as imported." }),
    labels: LabelsSchema,
    aliases: z.array(ModelAliasSchema),
  })
  .openapi('Model');

export const ModelListQuerySchema = PaginationQuerySchema.extend({
  group: oneOrMany(z.string().max(32), 'Owner group id.'),
  task: oneOrMany(z.enum(MODEL_TASKS), 'Task.'),
  tag: z.string().max(40).optional(),
  license: oneOrMany(z.string().max(100), 'License as recorded (case-insensitive).'),
  framework: oneOrMany(z.string().max(40), 'Models with an artifact of this framework.'),
  format: oneOrMany(z.enum(ARTIFACT_FORMATS), 'Models with an artifact in this format.'),
  precision: oneOrMany(z.string().max(40), 'Models with an artifact of this precision.'),
  q: z.string().max(200).optional().openapi({ description: 'Full-text search (public models).' }),
  sort: z.enum(['name', 'updated', 'created']).default('name'),
  order: z.enum(['asc', 'desc']).optional().openapi({ description: 'Default: asc for name, desc otherwise.' }),
});

export const ModelListSchema = z
  .object({ items: z.array(ModelSummarySchema) })
  .extend(PageInfoSchema.shape)
  .openapi('ModelList');

export const ArtifactInputSchema = z
  .object({
    name: text(200).openapi({ example: 'model.onnx' }),
    format: z.enum(ARTIFACT_FORMATS),
    uri: StorageUriSchema,
    bytes: BytesSchema.optional(),
    sha256: Sha256Schema.optional(),
    precision: PrecisionSchema.optional(),
    sparsityPct: z
      .number()
      .min(0)
      .max(100)
      .optional()
      .openapi({ description: 'Share of weights that are exactly zero, in %.' }),
    parameters: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
    framework: FrameworkSchema.optional(),
    frameworkVersion: z.string().trim().max(40).optional().openapi({ example: '2.4.1' }),
  })
  .strict()
  .openapi('ArtifactInput');

export const DatasetVersionRefSchema = z
  .object({ dataset: SlugSchema, version: DatasetVersionLabelSchema })
  .strict()
  .openapi('DatasetVersionRef');

export const MetricInputSchema = z
  .object({
    name: text(80).openapi({ example: 'light-jet rejection at 70% b-eff' }),
    value: z.number().min(-METRIC_VALUE_BOUND).max(METRIC_VALUE_BOUND).openapi({ example: 250 }),
    split: z.enum(METRIC_SPLITS).default('test'),
    dataset: DatasetVersionRefSchema.optional().openapi({
      description: 'The exact dataset version it was measured on.',
    }),
    description: z.string().trim().max(300).optional(),
  })
  .strict()
  .openapi('MetricInput');

export const DatasetLinkInputSchema = z
  .object({ dataset: SlugSchema, version: DatasetVersionLabelSchema, role: z.enum(DATASET_ROLES).default('training') })
  .strict()
  .openapi('DatasetLinkInput');

export const ParentInputSchema = z
  .object({
    model: SlugSchema.optional().openapi({
      description: 'Defaults to this model; name another to record fine-tuning from it.',
    }),
    version: VersionNumberSchema,
  })
  .strict()
  .openapi('ParentInput');

export const TrainingJobSchema = z
  .object({
    ciUrl: HttpUrlSchema.optional().openapi({ description: 'The CI job or pipeline run.' }),
    commit: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[0-9a-f]{7,64}$/, 'A commit is 7–64 hexadecimal characters.')
      .optional(),
    repository: HttpUrlSchema.optional(),
    hardware: z.string().trim().max(200).optional().openapi({ example: '4 × NVIDIA A100 40GB' }),
    gpuHours: z.number().min(0).max(10_000_000).optional(),
    startedAt: IsoDateTimeSchema.optional(),
    finishedAt: IsoDateTimeSchema.optional(),
  })
  .strict()
  .openapi('TrainingJob');

function serialisedLength(value: unknown): number {
  try {
    return JSON.stringify(value).length;
  } catch {
    return Infinity;
  }
}

export const HyperParametersSchema = z
  .record(z.string().min(1).max(100), z.unknown())
  .refine((value) => Object.keys(value).length <= 200, { message: 'At most 200 hyper-parameters.' })
  // Bodies are depth-checked before parsing; a caller past the API may still pass a value
  // too deep to serialise, which is then just too large.
  .refine((value) => serialisedLength(value) <= 32_768, {
    message: 'Hyper-parameters must stay under 32 KiB of JSON.',
  })
  .openapi({
    description: 'Any JSON object (≤ 200 keys, ≤ 32 KiB).',
    example: { learning_rate: 0.0003, batch_size: 1024, layers: [128, 64] },
  });

const unique = <T>(items: T[], key: (item: T) => string) => new Set(items.map(key)).size === items.length;

export const VersionCreateSchema = z
  .object({
    description: markdownField(20_000).default('').openapi({ description: 'Release notes (Markdown).' }),
    status: z
      .enum(VERSION_STATUSES)
      .default('ready')
      .openapi({ description: 'Register as `registering` while CI uploads, then PATCH to `ready` or `failed`.' }),
    statusMessage: z.string().trim().max(500).optional(),
    artifacts: z.array(ArtifactInputSchema).max(20).default([]),
    hyperParameters: HyperParametersSchema.default({}),
    metrics: z.array(MetricInputSchema).max(200).default([]),
    datasets: z
      .array(DatasetLinkInputSchema)
      .max(50)
      .default([])
      .openapi({ description: 'Dataset versions it was trained, validated or evaluated on.' }),
    parent: ParentInputSchema.nullable()
      .default(null)
      .openapi({ description: 'The version it was retrained or fine-tuned from.' }),
    trainingJob: TrainingJobSchema.nullable().default(null),
  })
  .strict()
  .refine((v) => unique(v.artifacts, (a) => a.name), {
    message: 'Artifact names must be unique within a version.',
    path: ['artifacts'],
  })
  .refine(
    (v) => unique(v.metrics, (m) => `${m.name}\u0000${m.split}\u0000${m.dataset?.dataset}@${m.dataset?.version}`),
    {
      message: 'Each metric may appear once per split and dataset.',
      path: ['metrics'],
    },
  )
  .refine((v) => unique(v.datasets, (d) => `${d.dataset}@${d.version}/${d.role}`), {
    message: 'Each dataset link may appear once.',
    path: ['datasets'],
  })
  .openapi('ModelVersionCreate');

export const VersionPatchSchema = z
  .object({
    status: z.enum(VERSION_STATUSES),
    statusMessage: z.string().trim().max(500).nullable(),
    description: markdownField(20_000),
    trainingJob: TrainingJobSchema.nullable(),
  })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Send at least one field to change.' })
  .openapi('ModelVersionPatch');

export const ArtifactSchema = z
  .object({
    name: z.string(),
    format: z.enum(ARTIFACT_FORMATS),
    uri: z.string(),
    bytes: z.number().int().nullable(),
    sha256: z.string().nullable(),
    precision: z.string().nullable(),
    sparsityPct: z.number().nullable(),
    parameters: z.number().int().nullable(),
    framework: z.string().nullable(),
    frameworkVersion: z.string().nullable(),
  })
  .openapi('Artifact');

export const MetricSchema = z
  .object({
    name: z.string(),
    value: z.number(),
    split: z.string(),
    dataset: z.object({ dataset: z.string(), version: z.string() }).nullable(),
    description: z.string().nullable(),
  })
  .openapi('Metric');

export const VersionRefSchema = z
  .object({ model: z.string(), modelName: z.string(), version: z.number().int(), status: z.enum(VERSION_STATUSES) })
  .openapi('ModelVersionRef');

export const ModelVersionSchema = z
  .object({
    model: z.string(),
    version: z.number().int(),
    status: z.enum(VERSION_STATUSES),
    statusMessage: z.string().nullable(),
    description: z.string(),
    artifacts: z.array(ArtifactSchema),
    hyperParameters: z.record(z.string(), z.unknown()),
    labels: LabelsSchema,
    metrics: z.array(MetricSchema),
    datasets: z.array(
      z.object({ dataset: z.string(), datasetName: z.string(), version: z.string(), role: z.enum(DATASET_ROLES) }),
    ),
    parent: VersionRefSchema.nullable(),
    children: z.array(VersionRefSchema),
    trainingJob: TrainingJobSchema.nullable(),
    aliases: z.array(z.string()).openapi({ description: 'Aliases that point at this version.' }),
    registeredBy: z.object({ tokenId: z.string(), name: z.string(), group: z.string().nullable() }).nullable().openapi({
      description:
        "The token that registered it: shown to the model's owner group and admins only (null for others, and when unknown).",
    }),
    ...TimestampsSchema,
    ...ArchivedFieldsSchema,
    url: z.string(),
  })
  .openapi('ModelVersion');

export const VersionListQuerySchema = PaginationQuerySchema.extend({
  status: z.enum(VERSION_STATUSES).optional(),
  order: z
    .enum(['asc', 'desc'])
    .default('desc')
    .openapi({ description: 'By version number; newest first by default.' }),
});

export const VersionListSchema = z
  .object({ items: z.array(ModelVersionSchema) })
  .extend(PageInfoSchema.shape)
  .openapi('ModelVersionList');

export const AliasPutSchema = z
  .object({
    version: VersionNumberSchema,
    reason: z
      .string()
      .trim()
      .max(500)
      .optional()
      .openapi({ example: 'Validated on 2025 data; approved in the ML forum.' }),
    protected: z
      .boolean()
      .optional()
      .openapi({ description: 'Mark (or unmark) as protected; needs `maintainer`. `production` is always protected.' }),
  })
  .strict()
  .openapi('AliasMove');

export const AliasDeleteSchema = z
  .object({ reason: z.string().trim().max(500).optional() })
  .strict()
  .openapi('AliasRemoval');

export const AliasHistoryEntrySchema = z
  .object({
    alias: z.string(),
    fromVersion: z.number().int().nullable().openapi({ description: 'Null when the move created the alias.' }),
    toVersion: z.number().int().nullable().openapi({ description: 'Null when the alias was removed.' }),
    reason: z.string().nullable(),
    movedBy: z.string().nullable(),
    movedBySource: z
      .object({ id: z.string(), name: z.string() })
      .nullable()
      .openapi({ description: 'The webhook source the move came through (null for a move through the API).' }),
    movedAt: z.iso.datetime(),
  })
  .openapi('AliasHistoryEntry');

export const AliasListSchema = z.object({ items: z.array(ModelAliasSchema) }).openapi('ModelAliasList');
export const AliasHistoryQuerySchema = PaginationQuerySchema.extend({ alias: z.string().max(40).optional() });
export const AliasHistoryListSchema = z
  .object({ items: z.array(AliasHistoryEntrySchema), nextCursor: z.string().nullable() })
  .openapi('AliasHistory');

export const DeploymentCreateSchema = z
  .object({
    version: VersionNumberSchema,
    kind: z.enum(DEPLOYMENT_KINDS),
    target: text(200).openapi({ description: 'Where it runs.', example: 'CMSSW_14_0_X (HLT menu 2025 v1.2)' }),
    url: HttpUrlSchema.optional(),
    notes: z.string().trim().max(2000).optional(),
    startedAt: IsoDateTimeSchema.optional().openapi({ description: 'Since when; default now.' }),
  })
  .strict()
  .openapi('DeploymentCreate');

export const DeploymentEndSchema = z
  .object({ endedAt: IsoDateTimeSchema.optional(), reason: z.string().trim().max(500).optional() })
  .strict()
  .openapi('DeploymentEnd');

export const DeploymentSchema = z
  .object({
    id: z.number().int(),
    version: z.number().int(),
    kind: z.enum(DEPLOYMENT_KINDS),
    target: z.string(),
    url: z.string().nullable(),
    notes: z.string().nullable(),
    active: z.boolean(),
    startedAt: z.iso.datetime(),
    endedAt: z.iso.datetime().nullable(),
    endReason: z.string().nullable(),
    recordedBy: z.string().nullable(),
    endedBy: z.string().nullable(),
  })
  .openapi('Deployment');

export const DeploymentListQuerySchema = PaginationQuerySchema.extend({
  active: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true'))
    .openapi({
      type: 'string',
      enum: ['true', 'false'],
      description: 'Only running (true) or ended (false) deployments.',
    }),
});
export const DeploymentListSchema = z
  .object({ items: z.array(DeploymentSchema), nextCursor: z.string().nullable() })
  .openapi('DeploymentList');

export const ModelParamSchema = z.object({ slug: SlugSchema.openapi({ param: { name: 'slug', in: 'path' } }) });
/** Reads name an alias or `latest` (the newest ready version), which cannot be set but resolves. */
export const AliasRefParamSchema = ModelParamSchema.extend({
  alias: z
    .string()
    .min(1)
    .max(40)
    .regex(/^[a-z][a-z0-9-]*$/, 'An alias name (e.g. "production") or "latest".')
    .openapi({ param: { name: 'alias', in: 'path' }, example: 'production' }),
});
export const VersionParamSchema = ModelParamSchema.extend({
  version: integerString().openapi({ param: { name: 'version', in: 'path' }, example: 3 }),
});
export const AliasParamSchema = ModelParamSchema.extend({
  alias: AliasNameSchema.openapi({ param: { name: 'alias', in: 'path' }, example: 'production' }),
});
export const DeploymentParamSchema = ModelParamSchema.extend({
  id: integerString().openapi({ param: { name: 'id', in: 'path' } }),
});
