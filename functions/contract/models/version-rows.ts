/**
 * A version body (POST /api/models/{slug}/versions, or a CI job's `version`) as the catalog
 * stores it: the same rows whichever door it came through, once its dataset references resolve.
 */
import type { z } from '@hono/zod-openapi';
import { datasetVersionKey } from '../../../db/queries/dataset-versions';
import type { VersionRegistration } from '../../../db/queries/model-versions';
import type { ArtifactInputSchema, MetricInputSchema, VersionCreateSchema } from './schema';

type VersionRows = Pick<VersionRegistration, 'artifacts' | 'metrics' | 'datasets'>;
/** Resolved dataset versions by `datasetVersionKey` (db/queries/dataset-versions). */
type DatasetIds = Map<string, { id: number }>;

export function toArtifactRow(a: z.infer<typeof ArtifactInputSchema>): VersionRows['artifacts'][number] {
  return {
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
  };
}

export function toMetricRow(
  m: z.infer<typeof MetricInputSchema>,
  datasets: DatasetIds,
): VersionRows['metrics'][number] {
  return {
    name: m.name,
    value: m.value,
    split: m.split,
    datasetVersionId: m.dataset ? datasets.get(datasetVersionKey(m.dataset))!.id : null,
    description: m.description ?? null,
  };
}

export function versionRows(body: z.infer<typeof VersionCreateSchema>, datasets: DatasetIds): VersionRows {
  return {
    artifacts: body.artifacts.map(toArtifactRow),
    metrics: body.metrics.map((m) => toMetricRow(m, datasets)),
    datasets: body.datasets.map((d) => ({ datasetVersionId: datasets.get(datasetVersionKey(d))!.id, role: d.role })),
  };
}
