import {
  datasetVersionKey,
  resolveDatasetVersions,
  type DatasetVersionRef,
  type ResolvedDatasetVersion,
} from '../../db/queries/dataset-versions';
import { getModelBySlug } from '../../db/queries/models';
import { getModelVersion } from '../../db/queries/model-versions';
import { canView, type Viewer } from '../../db/queries/viewer';
import type { Model } from '../../db/schema';
import { ApiError, type FieldIssue } from '../errors';
import type { ServiceContext } from '../hub';

/** The key `datasetVersions` files a resolved reference under. */

/** Resolves what a version registration refers to; everything missing is reported at once (422). */
export class ReferenceResolver {
  private readonly issues: FieldIssue[] = [];
  constructor(
    private readonly ctx: ServiceContext,
    private readonly viewer: Viewer | undefined,
  ) {}

  async datasetVersions(
    refs: { ref: DatasetVersionRef; path: string }[],
  ): Promise<Map<string, ResolvedDatasetVersion>> {
    const resolved = await resolveDatasetVersions(
      this.ctx.db,
      refs.map((r) => r.ref),
    );
    // Internal dataset versions of other groups count as unknown.
    const found = new Map([...resolved].filter(([, value]) => canView(value, this.viewer)));
    for (const { ref, path } of refs) {
      if (!found.has(datasetVersionKey(ref))) {
        this.issues.push({
          in: 'body',
          path,
          message: `Dataset "${ref.dataset}" has no version "${ref.version}" (register it with POST /api/datasets/${ref.dataset}/versions).`,
          code: 'unknown_reference',
        });
      }
    }
    return found;
  }

  async parentVersion(
    model: Model,
    parent: { model?: string | undefined; version: number } | null,
    path: string,
  ): Promise<number | null> {
    if (!parent) return null;
    const slug = parent.model ?? model.slug;
    const owner = slug === model.slug ? model : await getModelBySlug(this.ctx.db, slug);
    const version =
      owner && canView(owner, this.viewer) ? await getModelVersion(this.ctx.db, owner.id, parent.version) : undefined;
    if (!version) {
      this.issues.push({
        in: 'body',
        path,
        message: `Model "${slug}" has no version ${parent.version}.`,
        code: 'unknown_reference',
      });
      return null;
    }
    return version.id;
  }

  /** Throws 422 when any reference was missing. */
  check() {
    if (this.issues.length === 0) return;
    const first = this.issues[0]!;
    throw new ApiError(422, 'unprocessable', `Unknown reference at "${first.path}": ${first.message}`, {
      issues: this.issues,
    });
  }
}
