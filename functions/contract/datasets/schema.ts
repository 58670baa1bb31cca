import { z } from '@hono/zod-openapi';
import { oneOrMany } from '../multi-value';
import { ArchivedFieldsSchema, archivedFields } from '../lifecycle-archive/schema';
import type { DatasetListRow } from '../../../db/queries/datasets';
import type { DatasetUse } from '../../../db/queries/dataset-versions';
import type { Dataset, DatasetReplica, DatasetVersion } from '../../../db/schema';
import { DATASET_FORMATS, DATASET_ROLES, PRODUCER_KINDS } from '../../../src/lib/catalog-vocabulary';
import {
  BytesSchema,
  ContactSchema,
  OwnerGroupSchema,
  StorageUriSchema,
  TagSchema,
  text,
  TimestampsSchema,
  VisibilitySchema,
} from '../catalog-schema';
import { orNull, PageInfoSchema, PaginationQuerySchema, SlugSchema } from '../shared-schema';
import { markdownField } from '../markdown-field';

export const DatasetVersionLabelSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._+-]*$/,
    'Version labels use letters, digits and . _ + - (e.g. "v3", "mc23a", "2024.1").',
  )
  .openapi({ example: 'mc23a-v2' });

/** "sha256:<hex>" style; a bare 64-hex digest is taken as SHA-256. */
export const ChecksumSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((v) => (/^[0-9a-f]{64}$/.test(v) ? `sha256:${v}` : v))
  .pipe(
    z
      .string()
      .regex(
        /^(sha256|sha512|sha1|md5|adler32|blake2b|blake3|xxh64|crc32c):[0-9a-f]{8,128}$/,
        'Use "<algorithm>:<hex digest>", e.g. "sha256:9f86…".',
      ),
  )
  .openapi({ type: 'string', example: 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' });

export const ProducedBySchema = z
  .object({
    kind: z.enum(PRODUCER_KINDS),
    name: text(200).openapi({ example: 'MC23a' }),
    details: z.string().trim().max(1000).optional(),
  })
  .strict()
  .openapi('ProducedBy');

export const ReplicaInputSchema = z
  .object({
    uri: StorageUriSchema,
    location: z.string().trim().max(120).optional().openapi({ example: 'CERN EOS' }),
  })
  .strict()
  .openapi('ReplicaInput');

const DatasetFields = {
  name: text(120).openapi({ example: 'Run 3 jet flavour sample' }),
  summary: text(280),
  description: markdownField(50_000).default('').openapi({ description: 'Markdown; rendered and sanitised on pages.' }),
  format: z.enum(DATASET_FORMATS),
  schemaNotes: markdownField(20_000)
    .default('')
    .openapi({ description: 'Markdown: branches, columns, units, selections.' }),
  license: z.string().trim().max(100).nullable().default(null),
  tags: z.array(TagSchema).max(20).default([]),
  contacts: z.array(ContactSchema).max(10).default([]),
  visibility: VisibilitySchema.default('public'),
};

export const DatasetCreateSchema = z
  .object({ slug: SlugSchema, ownerGroup: OwnerGroupSchema.optional(), ...DatasetFields })
  .strict()
  .openapi('DatasetCreate');

export const DatasetPatchSchema = z
  .object({
    slug: SlugSchema,
    name: DatasetFields.name,
    summary: DatasetFields.summary,
    description: markdownField(50_000),
    format: z.enum(DATASET_FORMATS),
    schemaNotes: markdownField(20_000),
    license: z.string().trim().max(100).nullable(),
    tags: z.array(TagSchema).max(20),
    contacts: z.array(ContactSchema).max(10),
    visibility: VisibilitySchema,
  })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Send at least one field to change.' })
  .openapi('DatasetPatch');

export const DatasetVersionCreateSchema = z
  .object({
    version: DatasetVersionLabelSchema,
    description: markdownField(20_000).default(''),
    bytes: BytesSchema,
    fileCount: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).openapi({ example: 12_800 }),
    checksum: ChecksumSchema.optional().openapi({ description: 'Checksum of the file manifest.' }),
    producedBy: ProducedBySchema.optional(),
    replicas: z
      .array(ReplicaInputSchema)
      .min(1)
      .max(20)
      .openapi({ description: 'Where the data can be read; at least one.' }),
  })
  .strict()
  .refine((v) => new Set(v.replicas.map((r) => r.uri)).size === v.replicas.length, {
    message: 'Each replica URI may appear once.',
    path: ['replicas'],
  })
  .openapi('DatasetVersionCreate');

export const DatasetVersionPatchSchema = z
  .object({
    description: markdownField(20_000),
    checksum: ChecksumSchema.nullable(),
    producedBy: orNull(ProducedBySchema),
  })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Send at least one field to change.' })
  .openapi('DatasetVersionPatch');

export const ReplicaSchema = z
  .object({ uri: z.string(), location: z.string().nullable(), createdAt: z.iso.datetime() })
  .openapi('Replica');

export const DatasetUseSchema = z
  .object({ model: z.string(), modelName: z.string(), version: z.number().int(), role: z.enum(DATASET_ROLES) })
  .openapi('DatasetUse');

export const DatasetVersionSchema = z
  .object({
    dataset: z.string(),
    version: z.string(),
    description: z.string(),
    bytes: z.number().int(),
    fileCount: z.number().int(),
    checksum: z.string().nullable(),
    producedBy: orNull(ProducedBySchema),
    replicas: z.array(ReplicaSchema),
    usedBy: z
      .array(DatasetUseSchema)
      .openapi({ description: 'Model versions (visible to you) trained or evaluated on it.' }),
    ...TimestampsSchema,
    ...ArchivedFieldsSchema,
    url: z.string(),
  })
  .openapi('DatasetVersion');

export const DatasetSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    summary: z.string(),
    description: z.string(),
    format: z.enum(DATASET_FORMATS),
    schemaNotes: z.string(),
    ownerGroup: z.string(),
    license: z.string().nullable(),
    tags: z.array(z.string()),
    contacts: z.array(ContactSchema),
    visibility: VisibilitySchema,
    versionCount: z.number().int(),
    latestVersion: z.string().nullable(),
    latestBytes: z.number().int().nullable(),
    ...TimestampsSchema,
    ...ArchivedFieldsSchema,
    url: z.string().openapi({ description: 'The dataset page on the site (public datasets).' }),
  })
  .openapi('Dataset');

export const DatasetListQuerySchema = PaginationQuerySchema.extend({
  group: oneOrMany(z.string().max(32), 'Owner group id.'),
  format: oneOrMany(z.enum(DATASET_FORMATS), 'Dataset format.'),
  tag: z.string().max(40).optional(),
  q: z.string().max(200).optional().openapi({ description: 'Full-text search (public datasets).' }),
  sort: z.enum(['name', 'updated']).default('name'),
  order: z.enum(['asc', 'desc']).optional().openapi({ description: 'Default: asc for name, desc for updated.' }),
});

export const DatasetListSchema = z
  .object({ items: z.array(DatasetSchema) })
  .extend(PageInfoSchema.shape)
  .openapi('DatasetList');
export const DatasetVersionListSchema = z
  .object({ items: z.array(DatasetVersionSchema) })
  .extend(PageInfoSchema.shape)
  .openapi('DatasetVersionList');

export const DatasetParamSchema = z.object({ slug: SlugSchema.openapi({ param: { name: 'slug', in: 'path' } }) });
export const DatasetVersionParamSchema = DatasetParamSchema.extend({
  version: DatasetVersionLabelSchema.openapi({ param: { name: 'version', in: 'path' } }),
});

export function toDatasetResponse(
  dataset: Dataset,
  stats: Pick<DatasetListRow, 'versionCount' | 'latestVersion' | 'latestBytes'>,
  publicUrl: string,
): z.infer<typeof DatasetSchema> {
  return {
    slug: dataset.slug,
    name: dataset.name,
    summary: dataset.summary,
    description: dataset.descriptionMd,
    format: dataset.format,
    schemaNotes: dataset.schemaNotesMd,
    ownerGroup: dataset.ownerGroupId,
    license: dataset.license,
    tags: dataset.tags,
    contacts: dataset.contacts,
    visibility: dataset.visibility,
    versionCount: stats.versionCount,
    latestVersion: stats.latestVersion,
    latestBytes: stats.latestBytes,
    createdAt: dataset.createdAt.toISOString(),
    updatedAt: dataset.updatedAt.toISOString(),
    ...archivedFields(dataset),
    url: new URL(`/datasets/${dataset.slug}/`, publicUrl).toString(),
  };
}

export function toDatasetVersionResponse(
  slug: string,
  version: DatasetVersion,
  replicas: DatasetReplica[],
  uses: DatasetUse[],
  publicUrl: string,
): z.infer<typeof DatasetVersionSchema> {
  return {
    dataset: slug,
    version: version.version,
    description: version.descriptionMd,
    bytes: version.bytes,
    fileCount: version.fileCount,
    checksum: version.checksum,
    producedBy: version.producedBy ?? null,
    replicas: replicas.map((r) => ({ uri: r.uri, location: r.location, createdAt: r.createdAt.toISOString() })),
    usedBy: uses.map(({ model, modelName, version: n, role }) => ({ model, modelName, version: n, role })),
    createdAt: version.createdAt.toISOString(),
    updatedAt: version.updatedAt.toISOString(),
    ...archivedFields(version),
    url: new URL(`/datasets/${slug}/#v-${encodeURIComponent(version.version)}`, publicUrl).toString(),
  };
}
