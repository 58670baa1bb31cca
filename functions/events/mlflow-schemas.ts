import { z } from 'zod';
import { AliasNameSchema } from '../contract/models/schema';

/**
 * MLflow 3.x registry webhooks, kept as MLflow sends them: the `data` of the body
 * `{entity, action, timestamp, data}` under the type `mlflow.<entity>.<action>`. Models are named
 * by their MLflow name (see functions/services/mlflow/names.ts), versions by MLflow's version
 * string. Field sets follow mlflow/webhooks/types.py; objects stay open, so a field a later
 * MLflow adds is kept rather than refused.
 */

const name = z.string().min(1).max(256).describe('The registered model name in MLflow.');
const version = z
  .string()
  .regex(/^[1-9][0-9]{0,8}$/, 'An MLflow version number as a string, e.g. "3".')
  .describe('The version number, as MLflow sends it (a string).');
const tagKey = z.string().min(1).max(250);
const tagValue = z.string().max(100_000);
const tags = z.record(tagKey, tagValue).default({}).describe('Tags as MLflow sends them: key → value.');
const description = z.string().max(65_536).nullable().optional();

export const MlflowRegisteredModelCreatedV1 = z.looseObject({ name, tags, description });
export const MlflowModelVersionCreatedV1 = z.looseObject({
  name,
  version,
  source: z
    .string()
    .min(1)
    .max(2048)
    .describe('Where MLflow keeps the model: a storage URI (s3://, root://, https://) or runs:/ / models:/.'),
  run_id: z.string().max(256).nullable().optional(),
  tags,
  description,
});
export const MlflowModelVersionTagSetV1 = z.looseObject({ name, version, key: tagKey, value: tagValue });
export const MlflowModelVersionTagDeletedV1 = z.looseObject({ name, version, key: tagKey });
export const MlflowModelVersionAliasCreatedV1 = z.looseObject({ name, alias: AliasNameSchema, version });
export const MlflowModelVersionAliasDeletedV1 = z.looseObject({ name, alias: z.string().min(1).max(256) });

const origin = 'Sent by MLflow (webhook source with the `mlflow` scheme, or as an envelope).';

/** Entries of EVENT_SCHEMAS (functions/events/schemas.ts spreads them in; typed here to avoid an import cycle). */
export const MLFLOW_EVENT_SCHEMAS: readonly {
  type: string;
  version: number;
  schema: z.ZodType;
  description: string;
  example: unknown;
}[] = [
  {
    type: 'mlflow.registered_model.created',
    version: 1,
    schema: MlflowRegisteredModelCreatedV1,
    description: `A registered model was created in MLflow: the hub registers a model of that name for the source's group (or takes the existing one), with its tags. ${origin}`,
    example: { name: 'gn2-tagger', tags: { team: 'b-tagging' }, description: 'GN2 flavour tagger' },
  },
  {
    type: 'mlflow.model_version.created',
    version: 1,
    schema: MlflowModelVersionCreatedV1,
    description: `A model version was created in MLflow: the hub registers the same version number with its source, run id and tags. ${origin}`,
    example: {
      name: 'gn2-tagger',
      version: '3',
      source: 's3://ml-models/gn2-tagger/3/model.onnx',
      run_id: '6f1c2d3e4b5a69788796a5b4c3d2e1f0',
      tags: { dataset: 'ttbar-2025' },
      description: null,
    },
  },
  {
    type: 'mlflow.model_version_tag.set',
    version: 1,
    schema: MlflowModelVersionTagSetV1,
    description: `A tag was set on a model version in MLflow; the hub sets it on the version. ${origin}`,
    example: { name: 'gn2-tagger', version: '3', key: 'validated', value: 'true' },
  },
  {
    type: 'mlflow.model_version_tag.deleted',
    version: 1,
    schema: MlflowModelVersionTagDeletedV1,
    description: `A tag was deleted from a model version in MLflow; the hub deletes it too. ${origin}`,
    example: { name: 'gn2-tagger', version: '3', key: 'validated' },
  },
  {
    type: 'mlflow.model_version_alias.created',
    version: 1,
    schema: MlflowModelVersionAliasCreatedV1,
    description: `An alias was set in MLflow; the hub moves its alias of that name, as model.alias.set does. ${origin}`,
    example: { name: 'gn2-tagger', alias: 'production', version: '3' },
  },
  {
    type: 'mlflow.model_version_alias.deleted',
    version: 1,
    schema: MlflowModelVersionAliasDeletedV1,
    description: `An alias was deleted in MLflow; the hub deletes its alias of that name. ${origin}`,
    example: { name: 'gn2-tagger', alias: 'staging' },
  },
];
