/**
 * MLflow's model-registry messages, field for field, from mlflow/protos/model_registry.proto
 * (RegisteredModel, ModelVersion, RegisteredModelTag, ModelVersionTag, RegisteredModelAlias and the
 * request messages of ModelRegistryService). Unknown request fields are ignored, as MLflow's
 * server does, so newer clients (MLflow 3 sends `model_id`, `deployment_job_id`) keep working.
 */
import { z } from '@hono/zod-openapi';
import { integerString } from '../strict-integer';

/** MLflow's error body (mlflow/protos/databricks.proto `ErrorCode` names). */
export const MlflowErrorSchema = z
  .object({
    error_code: z.string().openapi({ example: 'RESOURCE_DOES_NOT_EXIST' }),
    message: z.string().openapi({ example: 'Registered Model with name=jet-tagger not found' }),
  })
  .openapi('MlflowError', { description: "MLflow's error body; the status follows MLflow's mapping of the code." });

const mlflowError = (description: string) => ({
  description,
  content: { 'application/json': { schema: MlflowErrorSchema } },
});

export const mlflowErrors = {
  invalid: { 400: mlflowError('`INVALID_PARAMETER_VALUE` (or `RESOURCE_ALREADY_EXISTS`, `BAD_REQUEST`).') },
  unauthenticated: { 401: mlflowError('`UNAUTHENTICATED`: missing, unknown, revoked or expired token.') },
  denied: { 403: mlflowError('`PERMISSION_DENIED`: the token lacks the scope or its group does not own the model.') },
  missing: { 404: mlflowError('`RESOURCE_DOES_NOT_EXIST`.') },
  tooLarge: { 413: mlflowError('`BAD_REQUEST`: the body is over the size limit.') },
  rateLimited: { 429: mlflowError('`REQUEST_LIMIT_EXCEEDED`.') },
};

export const readErrors = { ...mlflowErrors.invalid, ...mlflowErrors.missing, ...mlflowErrors.unauthenticated };
export const writeErrors = {
  ...mlflowErrors.invalid,
  ...mlflowErrors.unauthenticated,
  ...mlflowErrors.denied,
  ...mlflowErrors.missing,
  ...mlflowErrors.tooLarge,
};

export const NameSchema = z
  .string()
  .min(1, "Missing value for required parameter 'name'.")
  .max(256)
  .openapi({ description: 'Registered model name (a hub slug, or the MLflow name it was registered under).' });

/** `version` is a string in MLflow's messages; the Python client sends `str(version)`. Numbers are accepted. */
export const VersionSchema = z
  .union([z.string(), z.number().int()])
  .transform((v) => String(v))
  .pipe(z.string().regex(/^[1-9][0-9]{0,8}$/, 'Model version must be a positive integer in plain digits.'))
  .openapi({ type: 'string', pattern: '^[1-9][0-9]{0,8}$', example: '3' });

const TagKeySchema = z.string().min(1, 'Tag key must not be empty.').max(250);
const TagValueSchema = z.string().max(5000);
export const TagSchema = z.object({ key: TagKeySchema, value: TagValueSchema.default('') });
const AliasNameSchema = z.string().min(1).max(256);

/** Repeated query parameters arrive once (a string) or several times (an array). */
const repeated = (description: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .openapi({ description });

// ---- Requests (message names as in model_registry.proto)

export const CreateRegisteredModelSchema = z
  .object({
    name: NameSchema,
    tags: z.array(TagSchema).max(100).default([]),
    description: z.string().max(20_000).optional(),
  })
  .openapi('MlflowCreateRegisteredModel');

export const RenameRegisteredModelSchema = z
  .object({ name: NameSchema, new_name: NameSchema })
  .openapi('MlflowRenameRegisteredModel');

export const UpdateRegisteredModelSchema = z
  .object({ name: NameSchema, description: z.string().max(20_000).optional() })
  .openapi('MlflowUpdateRegisteredModel');

export const NameOnlySchema = z.object({ name: NameSchema }).openapi('MlflowRegisteredModelName');

// The larger of MLflow's two limits (model versions); each search checks its own in the service.
export const MaxResultsSchema = integerString({ max: 200_000 }).optional();

export const SearchQuerySchema = z.object({
  filter: z
    .string()
    .max(4000)
    .optional()
    .openapi({ description: "MLflow filter, e.g. `name LIKE '%tagger%' AND tags.team = 'atlas'`." }),
  max_results: MaxResultsSchema.openapi({ type: 'integer', description: 'Page size.' }),
  order_by: repeated(
    '`name`, `creation_timestamp`, `last_updated_timestamp` (and for versions `version_number`), each with optional `ASC`/`DESC`.',
  ),
  page_token: z.string().max(512).optional(),
});

export const LatestVersionsSchema = z
  .object({
    name: NameSchema,
    stages: z.array(z.string()).max(10).default([]),
  })
  .openapi('MlflowGetLatestVersions');

export const LatestVersionsQuerySchema = z.object({
  name: NameSchema,
  stages: repeated('Stages: None, Staging, Production, Archived.'),
});

export const SetRegisteredModelTagSchema = z
  .object({ name: NameSchema, key: TagKeySchema, value: TagValueSchema })
  .openapi('MlflowSetRegisteredModelTag');

export const DeleteRegisteredModelTagSchema = z
  .object({ name: NameSchema, key: TagKeySchema })
  .openapi('MlflowDeleteRegisteredModelTag');

export const SetAliasSchema = z
  .object({ name: NameSchema, alias: AliasNameSchema, version: VersionSchema })
  .openapi('MlflowSetRegisteredModelAlias');

export const AliasRefSchema = z
  .object({ name: NameSchema, alias: AliasNameSchema })
  .openapi('MlflowRegisteredModelAliasRef');

export const CreateModelVersionSchema = z
  .object({
    name: NameSchema,
    source: z.string().min(1, "Missing value for required parameter 'source'.").max(2048),
    run_id: z.string().max(256).optional(),
    tags: z.array(TagSchema).max(100).default([]),
    run_link: z.string().max(2048).optional(),
    description: z.string().max(20_000).optional(),
  })
  .openapi('MlflowCreateModelVersion');

export const VersionRefSchema = z.object({ name: NameSchema, version: VersionSchema }).openapi('MlflowModelVersionRef');

export const UpdateModelVersionSchema = z
  .object({ name: NameSchema, version: VersionSchema, description: z.string().max(20_000).optional() })
  .openapi('MlflowUpdateModelVersion');

export const SetModelVersionTagSchema = z
  .object({ name: NameSchema, version: VersionSchema, key: TagKeySchema, value: TagValueSchema })
  .openapi('MlflowSetModelVersionTag');

export const DeleteModelVersionTagSchema = z
  .object({ name: NameSchema, version: VersionSchema, key: TagKeySchema })
  .openapi('MlflowDeleteModelVersionTag');

// ---- Responses

const KeyValueSchema = z.object({ key: z.string(), value: z.string() });

export const MODEL_VERSION_STATUSES = ['PENDING_REGISTRATION', 'FAILED_REGISTRATION', 'READY'] as const;
export const STAGES = ['None', 'Staging', 'Production', 'Archived'] as const;

export const ModelVersionSchema = z
  .object({
    name: z.string(),
    version: z.string(),
    creation_timestamp: z.number().int().openapi({ description: 'Epoch milliseconds.' }),
    last_updated_timestamp: z.number().int().openapi({ description: 'Epoch milliseconds.' }),
    user_id: z.string().optional().openapi({
      description:
        'Never sent: who registered a version is shown to its owner group only, as `registeredBy` in the hub API.',
    }),
    current_stage: z.enum(STAGES).openapi({
      description: '`Production` / `Staging` when the hub alias of that name points here, else `None`.',
    }),
    description: z.string(),
    source: z.string(),
    run_id: z.string().optional(),
    status: z.enum(MODEL_VERSION_STATUSES),
    status_message: z.string().optional(),
    tags: z.array(KeyValueSchema),
    run_link: z.string().optional(),
    aliases: z.array(z.string()),
  })
  .openapi('MlflowModelVersion');

export const RegisteredModelSchema = z
  .object({
    name: z.string(),
    creation_timestamp: z.number().int(),
    last_updated_timestamp: z.number().int(),
    description: z.string(),
    latest_versions: z.array(ModelVersionSchema),
    tags: z.array(KeyValueSchema),
    aliases: z.array(z.object({ alias: z.string(), version: z.string() })),
  })
  .openapi('MlflowRegisteredModel');

export const RegisteredModelResponseSchema = z
  .object({ registered_model: RegisteredModelSchema })
  .openapi('MlflowRegisteredModelResponse');
export const ModelVersionResponseSchema = z
  .object({ model_version: ModelVersionSchema })
  .openapi('MlflowModelVersionResponse');
export const ModelVersionListSchema = z
  .object({ model_versions: z.array(ModelVersionSchema) })
  .openapi('MlflowModelVersionList');
export const SearchRegisteredModelsResponseSchema = z
  .object({ registered_models: z.array(RegisteredModelSchema), next_page_token: z.string().optional() })
  .openapi('MlflowSearchRegisteredModelsResponse');
export const SearchModelVersionsResponseSchema = z
  .object({ model_versions: z.array(ModelVersionSchema), next_page_token: z.string().optional() })
  .openapi('MlflowSearchModelVersionsResponse');
export const DownloadUriSchema = z.object({ artifact_uri: z.string() }).openapi('MlflowDownloadUri');
export const EmptySchema = z.object({}).openapi('MlflowEmpty');

export type MlflowModelVersion = z.infer<typeof ModelVersionSchema>;
export type MlflowRegisteredModel = z.infer<typeof RegisteredModelSchema>;
