import type { z } from '@hono/zod-openapi';
import { archivedFields } from '../lifecycle-archive/schema';
import type { AliasMove, AliasView } from '../../../db/queries/model-aliases';
import type { DeploymentView } from '../../../db/queries/model-deployments';
import type { ModelListRow } from '../../../db/queries/models';
import type { VersionDetails } from '../../../db/queries/model-versions';
import type { ModelVersion } from '../../../db/schema';
import type {
  AliasHistoryEntrySchema,
  DeploymentSchema,
  ModelAliasSchema,
  ModelSchema,
  ModelSummarySchema,
  ModelVersionSchema,
} from './schema';

export function toModelSummary(model: ModelListRow, publicUrl: string): z.infer<typeof ModelSummarySchema> {
  return {
    slug: model.slug,
    name: model.name,
    summary: model.summary,
    task: model.task,
    tags: model.tags,
    license: model.license,
    contacts: model.contacts,
    datasets: model.cardDatasets,
    languages: model.languages,
    library: model.library,
    ownerGroup: model.ownerGroupId,
    visibility: model.visibility,
    versionCount: model.versionCount,
    latestVersion: model.latestVersion,
    productionVersion: model.productionVersion,
    createdAt: model.createdAt.toISOString(),
    updatedAt: model.updatedAt.toISOString(),
    ...archivedFields(model),
    url: new URL(`/models/${model.slug}/`, publicUrl).toString(),
  };
}

export function toAliasResponse(alias: AliasView): z.infer<typeof ModelAliasSchema> {
  return {
    name: alias.name,
    version: alias.version,
    protected: alias.protected,
    updatedAt: alias.updatedAt.toISOString(),
    updatedBy: alias.updatedBy,
  };
}

export function toModelResponse(
  model: ModelListRow,
  aliases: AliasView[],
  publicUrl: string,
  labels: Record<string, string>,
): z.infer<typeof ModelSchema> {
  return {
    ...toModelSummary(model, publicUrl),
    card: model.cardMd,
    cardMetadata: model.cardMetadata,
    labels,
    aliases: aliases.map(toAliasResponse),
  };
}

export function toVersionResponse(
  modelSlug: string,
  version: ModelVersion,
  details: VersionDetails,
  aliases: string[],
  publicUrl: string,
): z.infer<typeof ModelVersionSchema> {
  return {
    model: modelSlug,
    version: version.version,
    status: version.status,
    statusMessage: version.statusMessage,
    description: version.descriptionMd,
    artifacts: details.artifacts.map((a) => ({
      name: a.name,
      format: a.format,
      uri: a.uri,
      bytes: a.bytes,
      sha256: a.sha256,
      precision: a.precision,
      sparsityPct: a.sparsityPct,
      parameters: a.parameters,
      framework: a.framework,
      frameworkVersion: a.frameworkVersion,
    })),
    hyperParameters: version.hyperParameters,
    labels: details.labels,
    metrics: details.metrics.map((m) => ({
      name: m.name,
      value: m.value,
      split: m.split,
      dataset: m.dataset,
      description: m.description,
    })),
    datasets: details.datasets.map((d) => ({
      dataset: d.dataset,
      datasetName: d.datasetName,
      version: d.version,
      role: d.role,
    })),
    parent: details.parent && {
      model: details.parent.model,
      modelName: details.parent.modelName,
      version: details.parent.version,
      status: details.parent.status,
    },
    children: details.children.map((c) => ({
      model: c.model,
      modelName: c.modelName,
      version: c.version,
      status: c.status,
    })),
    trainingJob: version.trainingJob ?? null,
    aliases,
    registeredBy: details.registeredBy,
    createdAt: version.createdAt.toISOString(),
    updatedAt: version.updatedAt.toISOString(),
    ...archivedFields(version),
    url: new URL(`/models/${modelSlug}/v/${version.version}/`, publicUrl).toString(),
  };
}

export function toHistoryEntry(move: AliasMove): z.infer<typeof AliasHistoryEntrySchema> {
  return {
    alias: move.alias,
    fromVersion: move.fromVersion,
    toVersion: move.toVersion,
    reason: move.reason,
    movedBy: move.movedBy,
    movedBySource:
      move.movedBySourceId === null ? null : { id: move.movedBySourceId, name: move.movedBySourceName ?? '' },
    movedAt: move.movedAt.toISOString(),
  };
}

export function toDeploymentResponse(d: DeploymentView): z.infer<typeof DeploymentSchema> {
  return {
    id: d.id,
    version: d.version,
    kind: d.kind,
    target: d.target,
    url: d.url,
    notes: d.notes,
    active: d.endedAt === null,
    startedAt: d.startedAt.toISOString(),
    endedAt: d.endedAt?.toISOString() ?? null,
    endReason: d.endReason,
    recordedBy: d.recordedBy,
    endedBy: d.endedBy,
  };
}
