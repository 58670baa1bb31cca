import { viewerOf } from '../../services/catalog-access';
import { createRoute, type z } from '@hono/zod-openapi';
import {
  appendArtifacts,
  appendMetrics,
  countModelVersions,
  listModelVersions,
  registerModelVersion,
  updateModelVersion,
} from '../../../db/queries/model-versions';
import type { NewModelArtifact } from '../../../db/schema';
import { encodeCursor } from '../../../src/lib/cursor';
import { ApiError } from '../../errors';
import { callerOf, requireScope } from '../../middleware/auth';
import { bearerSecurity, createRouter } from '../../router';
import { assertCanWrite } from '../../services/catalog-access';
import { unprocessableResponse } from '../../contract/catalog-schema';
import { json } from '../../contract/json-content';
import { errorResponses as E, writeErrorResponses } from '../../contract/shared-schema';
import { announceModel, loadModel, loadModelVersion } from './load';
import { ReferenceResolver } from './references';
import {
  ArtifactInputSchema,
  MetricInputSchema,
  ModelParamSchema,
  ModelVersionSchema,
  VersionCreateSchema,
  VersionListQuerySchema,
  VersionListSchema,
  VersionParamSchema,
  VersionPatchSchema,
} from '../../contract/models/schema';
import { versionResponses } from '../../services/models';
import { pageLimit, readCursor } from '../../pagination';

const toArtifactRow = (a: z.infer<typeof ArtifactInputSchema>): Omit<NewModelArtifact, 'versionId'> => ({
  name: a.name,
  format: a.format,
  uri: a.uri,
  bytes: a.bytes ?? null,
  sha256: a.sha256 ?? null,
  precision: a.precision ?? null,
  sparsityPct: a.sparsityPct ?? null,
  parameters: a.parameters ?? null,
  framework: a.framework ?? null,
  frameworkVersion: a.frameworkVersion ?? null,
});

const datasetKey = (ref: { dataset: string; version: string }) => `${ref.dataset}@${ref.version}`;

const ArtifactsBodySchema = ArtifactInputSchema.array().min(1).max(20);

export const modelVersionRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/versions',
      tags: ['Model versions'],
      summary: 'List the versions of a model',
      description: 'Newest first by default, each with artifacts, metrics, datasets, lineage and aliases.',
      request: { params: ModelParamSchema, query: VersionListQuerySchema },
      responses: {
        200: { description: 'A page of versions.', ...json(VersionListSchema) },
        ...E.badRequest,
        ...E.notFound,
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      const query = c.req.valid('query');
      const model = await loadModel(c, slug);
      const after = readCursor(query.cursor, 1, ['number']);
      const limit = pageLimit(query.limit, c.var.config.pageSize);
      const [page, total] = await Promise.all([
        listModelVersions(c.var.db, model.id, { status: query.status, order: query.order, limit, after }),
        countModelVersions(c.var.db, model.id, query.status),
      ]);
      return c.json(
        {
          items: await versionResponses(c.var, model, page.items, viewerOf(c.get('auth'))),
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
      path: '/{slug}/versions/{version}',
      tags: ['Model versions'],
      summary: 'Get one model version',
      request: { params: VersionParamSchema },
      responses: { 200: { description: 'The version.', ...json(ModelVersionSchema) }, ...E.badRequest, ...E.notFound },
    }),
    async (c) => {
      const { slug, version: number } = c.req.valid('param');
      const { model, version } = await loadModelVersion(c, slug, number);
      const [response] = await versionResponses(c.var, model, [version], viewerOf(c.get('auth')));
      return c.json(response!, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/versions',
      tags: ['Model versions'],
      summary: 'Register a model version',
      description:
        'The hub assigns the number (1, 2, 3 …, never reused, also under concurrent registration) and answers 201 with `Location`. ' +
        'Artifacts, hyper-parameters, metrics, dataset links, parent and training job are stored in the same transaction, ' +
        "with a `model.version.registered` event on the model's lifecycle timeline. " +
        "Needs `write` and the model's group, or `admin`. Dataset versions and the parent must exist (422 otherwise).",
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: ModelParamSchema, body: { required: true, ...json(VersionCreateSchema) } },
      responses: {
        201: { description: 'Registered; `Location` names the version.', ...json(ModelVersionSchema) },
        ...writeErrorResponses,
        ...E.notFound,
        ...unprocessableResponse,
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      const body = c.req.valid('json');
      const auth = callerOf(c);
      const model = await loadModel(c, slug);
      assertCanWrite(auth, model, 'model');
      const refs = new ReferenceResolver(c);
      const datasets = await refs.datasetVersions([
        ...body.datasets.map((d, i) => ({ ref: d, path: `datasets.${i}` })),
        ...body.metrics.flatMap((m, i) => (m.dataset ? [{ ref: m.dataset, path: `metrics.${i}.dataset` }] : [])),
      ]);
      const parentVersionId = await refs.parentVersion(model, body.parent, 'parent');
      refs.check();
      const version = await registerModelVersion(
        c.var.db,
        {
          modelId: model.id,
          version: {
            descriptionMd: body.description,
            status: body.status,
            statusMessage: body.statusMessage ?? null,
            hyperParameters: body.hyperParameters,
            parentVersionId,
            trainingJob: body.trainingJob,
            registeredByTokenId: auth.tokenId,
          },
          artifacts: body.artifacts.map(toArtifactRow),
          metrics: body.metrics.map((m) => ({
            name: m.name,
            value: m.value,
            split: m.split,
            datasetVersionId: m.dataset ? datasets.get(datasetKey(m.dataset))!.id : null,
            description: m.description ?? null,
          })),
          datasets: body.datasets.map((d) => ({ datasetVersionId: datasets.get(datasetKey(d))!.id, role: d.role })),
        },
        new Date(),
        { recordEvent: true },
      );
      announceModel(c, model, `version ${version.version} registered`, {
        datasets: body.datasets.map((d) => d.dataset),
        models: body.parent?.model ? [body.parent.model] : [],
      });
      const [response] = await versionResponses(c.var, model, [version], viewerOf(c.get('auth')));
      c.header('Location', `/api/models/${model.slug}/versions/${version.version}`);
      return c.json(response!, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{slug}/versions/{version}',
      tags: ['Model versions'],
      summary: "Change a version's status, notes or training job",
      description:
        'E.g. `{"status": "ready"}` once CI finished uploading. Artifacts and metrics are added with their own endpoints.',
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: VersionParamSchema, body: { required: true, ...json(VersionPatchSchema) } },
      responses: {
        200: { description: 'The changed version.', ...json(ModelVersionSchema) },
        ...writeErrorResponses,
        ...E.notFound,
      },
    }),
    async (c) => {
      const { slug, version: number } = c.req.valid('param');
      const { description, ...patch } = c.req.valid('json');
      const { model, version } = await loadModelVersion(c, slug, number);
      assertCanWrite(callerOf(c), model, 'model');
      const updated = await updateModelVersion(c.var.db, version.id, {
        ...patch,
        ...(description === undefined ? {} : { descriptionMd: description }),
      });
      announceModel(c, model, `version ${number} changed`);
      const [response] = await versionResponses(c.var, model, [updated ?? version], viewerOf(c.get('auth')));
      return c.json(response!, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/versions/{version}/artifacts',
      tags: ['Model versions'],
      summary: 'Add artifacts to a version',
      description:
        'For CI that registers a version first and uploads artifacts afterwards. Names must be new within the version.',
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: VersionParamSchema, body: { required: true, ...json(ArtifactsBodySchema) } },
      responses: {
        201: { description: 'Added; the version with all its artifacts.', ...json(ModelVersionSchema) },
        ...E.badRequest,
        ...E.unauthorized,
        ...E.forbidden,
        ...E.notFound,
        ...E.conflict,
      },
    }),
    async (c) => {
      const { slug, version: number } = c.req.valid('param');
      const artifacts = c.req.valid('json');
      const { model, version } = await loadModelVersion(c, slug, number);
      assertCanWrite(callerOf(c), model, 'model');
      const [current] = await versionResponses(c.var, model, [version], viewerOf(c.get('auth')));
      const taken = new Set([...current!.artifacts.map((a) => a.name)]);
      const clash = artifacts.find((a, i) => taken.has(a.name) || artifacts.findIndex((b) => b.name === a.name) !== i);
      if (clash)
        throw new ApiError(409, 'conflict', `Version ${number} already has an artifact named "${clash.name}".`);
      await appendArtifacts(c.var.db, version.id, artifacts.map(toArtifactRow));
      announceModel(c, model, `version ${number} artifacts added`);
      const [response] = await versionResponses(c.var, model, [version], viewerOf(c.get('auth')));
      c.header('Location', `/api/models/${slug}/versions/${number}`);
      return c.json(response!, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/versions/{version}/metrics',
      tags: ['Model versions'],
      summary: 'Add metrics to a version',
      description: 'For evaluations that run after registration. Dataset versions must exist (422 otherwise).',
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: {
        params: VersionParamSchema,
        body: { required: true, ...json(MetricInputSchema.array().min(1).max(200)) },
      },
      responses: {
        201: { description: 'Added; the version with all its metrics.', ...json(ModelVersionSchema) },
        ...E.badRequest,
        ...E.unauthorized,
        ...E.forbidden,
        ...E.notFound,
        ...unprocessableResponse,
      },
    }),
    async (c) => {
      const { slug, version: number } = c.req.valid('param');
      const metrics = c.req.valid('json');
      const { model, version } = await loadModelVersion(c, slug, number);
      assertCanWrite(callerOf(c), model, 'model');
      const refs = new ReferenceResolver(c);
      const datasets = await refs.datasetVersions(
        metrics.flatMap((m, i) => (m.dataset ? [{ ref: m.dataset, path: `${i}.dataset` }] : [])),
      );
      refs.check();
      await appendMetrics(
        c.var.db,
        version.id,
        metrics.map((m) => ({
          name: m.name,
          value: m.value,
          split: m.split,
          datasetVersionId: m.dataset ? datasets.get(datasetKey(m.dataset))!.id : null,
          description: m.description ?? null,
        })),
      );
      announceModel(c, model, `version ${number} metrics added`);
      const [response] = await versionResponses(c.var, model, [version], viewerOf(c.get('auth')));
      c.header('Location', `/api/models/${slug}/versions/${number}`);
      return c.json(response!, 201);
    },
  );
