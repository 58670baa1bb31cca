import { publicChange } from '../../public-change';
import { createRoute } from '@hono/zod-openapi';
import { isUniqueViolation } from '../../../db/errors';
import type { Db } from '../../../db/client';
import {
  countDatasets,
  getDatasetListRow,
  insertDataset,
  listDatasets,
  updateDataset,
} from '../../../db/queries/datasets';
import type { Dataset } from '../../../db/schema';
import { encodeCursor } from '../../../src/lib/cursor';
import { callerOf, requireScope } from '../../middleware/auth';
import { ApiError, notFound } from '../../errors';
import { bearerSecurity, createRouter } from '../../router';
import { assertCanWrite, resolveOwnerGroup, viewerOf } from '../../services/catalog-access';
import { json } from '../../contract/json-content';
import { errorResponses as E, writeErrorResponses } from '../../contract/shared-schema';
import { loadDataset } from './load';
import {
  DatasetCreateSchema,
  DatasetListQuerySchema,
  DatasetListSchema,
  DatasetParamSchema,
  DatasetPatchSchema,
  DatasetSchema,
  toDatasetResponse,
} from '../../contract/datasets/schema';
import { datasetVersionRoutes } from './versions';
import { pageLimit, readCursor } from '../../pagination';

export const datasetRoutes = createRouter();

datasetRoutes
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['Datasets'],
      summary: 'List datasets',
      description:
        "Datasets you may see (public ones, plus your group's internal ones), filtered and sorted, with cursor pagination.",
      request: { query: DatasetListQuerySchema },
      responses: { 200: { description: 'A page of datasets.', ...json(DatasetListSchema) }, ...E.badRequest },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const { config, db } = c.var;
      const order = query.order ?? (query.sort === 'name' ? 'asc' : 'desc');
      const after = readCursor(query.cursor, 2);
      const viewer = viewerOf(c.get('auth'));
      const filters = { group: query.group, format: query.format, tag: query.tag, q: query.q };
      const limit = pageLimit(query.limit, config.pageSize);
      const [page, total] = await Promise.all([
        listDatasets(db, filters, viewer, { sort: query.sort, order, limit, after }),
        countDatasets(db, filters, viewer),
      ]);
      return c.json(
        {
          items: page.items.map((d) => toDatasetResponse(d, d, config.publicUrl)),
          nextCursor: page.next ? encodeCursor(page.next) : null,
          total,
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}',
      tags: ['Datasets'],
      summary: 'Get one dataset',
      request: { params: DatasetParamSchema },
      responses: { 200: { description: 'The dataset.', ...json(DatasetSchema) }, ...E.badRequest, ...E.notFound },
    }),
    async (c) => {
      const dataset = await loadDataset(c, c.req.valid('param').slug);
      return c.json(await datasetResponse(c.var.db, dataset, c.var.config.publicUrl), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags: ['Datasets'],
      summary: 'Register a dataset',
      description:
        "Describes a dataset (the hub never stores data). Needs `write`; the owner is the token's group (admins may name another). Add versions with `POST /api/datasets/{slug}/versions`.",
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { body: { required: true, ...json(DatasetCreateSchema) } },
      responses: {
        201: { description: 'Created.', ...json(DatasetSchema) },
        ...writeErrorResponses,
        ...E.conflict,
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const auth = callerOf(c);
      const { db, config } = c.var;
      const ownerGroupId = await resolveOwnerGroup(db, auth, body.ownerGroup, 'dataset');
      const now = new Date();
      const dataset = await insertDataset(db, {
        slug: body.slug,
        name: body.name,
        summary: body.summary,
        descriptionMd: body.description,
        format: body.format,
        schemaNotesMd: body.schemaNotes,
        ownerGroupId,
        license: body.license,
        tags: body.tags,
        contacts: body.contacts,
        visibility: body.visibility,
        createdByTokenId: auth.tokenId,
        createdAt: now,
        updatedAt: now,
      });
      if (!dataset)
        throw new ApiError(409, 'conflict', `A dataset with the slug "${body.slug}" already exists.`, {
          slug: body.slug,
        });
      if (dataset.visibility === 'public') c.var.hooks.onPublicChange?.(publicChange.dataset(dataset.slug, 'created'));
      c.header('Location', `/api/datasets/${dataset.slug}`);
      return c.json(
        toDatasetResponse(dataset, { versionCount: 0, latestVersion: null, latestBytes: null }, config.publicUrl),
        201,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{slug}',
      tags: ['Datasets'],
      summary: 'Change a dataset',
      description: "Changes the fields sent. Needs `write` and the dataset's group, or `admin`.",
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: DatasetParamSchema, body: { required: true, ...json(DatasetPatchSchema) } },
      responses: {
        200: { description: 'The changed dataset.', ...json(DatasetSchema) },
        ...writeErrorResponses,
        ...E.notFound,
        ...E.conflict,
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      const patch = c.req.valid('json');
      const { db, config } = c.var;
      const existing = await loadDataset(c, slug);
      assertCanWrite(callerOf(c), existing, 'dataset');
      const { description, schemaNotes, ...rest } = patch;
      let dataset: Dataset | undefined;
      try {
        dataset = await updateDataset(db, existing.id, {
          ...rest,
          ...(description === undefined ? {} : { descriptionMd: description }),
          ...(schemaNotes === undefined ? {} : { schemaNotesMd: schemaNotes }),
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new ApiError(409, 'conflict', `The slug "${patch.slug}" is already taken.`);
        throw error;
      }
      if (!dataset) throw notFound(`Dataset "${slug}"`);
      if (existing.visibility === 'public' || dataset.visibility === 'public')
        c.var.hooks.onPublicChange?.(publicChange.dataset(dataset.slug, 'changed'));
      return c.json(await datasetResponse(db, dataset, config.publicUrl), 200);
    },
  );

datasetRoutes.route('/', datasetVersionRoutes);

async function datasetResponse(db: Db, dataset: Dataset, publicUrl: string) {
  const row = await getDatasetListRow(db, dataset.id);
  return toDatasetResponse(dataset, row ?? { versionCount: 0, latestVersion: null, latestBytes: null }, publicUrl);
}
