import { z } from '@hono/zod-openapi';
import { VISIBILITIES } from '../../src/lib/catalog-vocabulary';
import { ErrorSchema, HttpUrlSchema } from './shared-schema';

/** Zod pieces shared by the model and dataset resources. */

export const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * Hugging Face cards tag with `license:mit`, `dataset:org/name`, `dataset_size:1K<n<10K` and
 * `base_model:finetune:org/name` (50+ characters); such tags are taken as they are.
 */
// `\p{…}` needs the `u` flag in JavaScript; JSON Schema patterns are Unicode-aware without one, so the
// document carries the bare source (the generator would otherwise append "/u" to the pattern).
const TAG_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} ._+#:\/<>=@-]*$/u;

export const TagSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(TAG_PATTERN, 'Tags are words: letters, digits, spaces and . _ + # : / < > = @ -')
  .openapi({ pattern: TAG_PATTERN.source });

/** Cards list tags freely (generated ones add `dataset_size:…`, `loss:…`, `base_model:…`); 100 leaves room. */
export const MAX_TAGS = 100;

export const ContactSchema = z
  .object({
    name: text(120).openapi({ example: 'Flavour tagging conveners' }),
    email: z.email().max(200).optional(),
    url: HttpUrlSchema.optional(),
  })
  .strict()
  .openapi('Contact');

export const VisibilitySchema = z.enum(VISIBILITIES).openapi({
  description:
    '`internal`: visible through the API to the owner group and admins only; never on the site or in search.',
});

export const OwnerGroupSchema = z.string().trim().min(1).max(32).openapi({
  description: 'Group id (e.g. "cms"). Defaults to the token\'s group; only admins may name another group.',
  example: 'cms',
});

/** Byte counts are exact integers; JSON numbers are exact up to 2^53 − 1 (about 9 PB). */
export const BytesSchema = z
  .number()
  .int()
  .min(0)
  .max(Number.MAX_SAFE_INTEGER)
  .openapi({ description: 'Exact size in bytes (integer, up to 2^53 − 1 ≈ 9 PB).', example: 48_318_382_080_000 });

export const Sha256Schema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[0-9a-f]{64}$/, 'A SHA-256 digest is 64 hexadecimal characters.');

const STORAGE_SCHEMES = ['root', 'xroot', 's3', 'gs', 'az', 'https?', 'davs?', 'file', 'eos', 'cvmfs', 'hdfs', 'oci'];
// URI schemes are case-insensitive. JSON Schema patterns take no flags, so each letter is spelled [aA]
// instead of using /i (the generator would append "/i" to the pattern).
const anyCase = (word: string) => word.replace(/[a-z]/g, (ch) => `[${ch}${ch.toUpperCase()}]`);
const STORAGE_URI_PATTERN = new RegExp(`^(?:${STORAGE_SCHEMES.map(anyCase).join('|')})://\\S+$`);

/** Where data or an artifact lives: XRootD, S3, GCS, HTTP(S), EOS paths, CVMFS, file share. */
export const StorageUriSchema = z
  .string()
  .trim()
  .max(2048)
  .regex(STORAGE_URI_PATTERN, 'Use a storage URI such as root://eos…/path, s3://bucket/prefix or https://….')
  .openapi({ example: 'root://eosatlas.cern.ch//eos/atlas/ml/gn2/v3/model.onnx' });

export const IsoDateTimeSchema = z.iso.datetime({ offset: true });

export const TimestampsSchema = {
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
};

/** 400 for an invalid cursor, in the same shape as zod failures. */
export function invalidCursor(path = 'cursor') {
  return { issues: [{ in: 'query', path, message: 'Unrecognised cursor.', code: 'invalid_cursor' }] };
}

/** 422: the body is well-formed but names something that does not exist (a dataset version, a parent). */
export const unprocessableResponse = {
  422: {
    description:
      'The body refers to something that does not exist or you may not see; `details.issues` names each reference.',
    content: { 'application/json': { schema: ErrorSchema } },
  },
};
