/**
 * Which version the "Use this model" box on a model page offers: the production version when it
 * has a file, else the newest version with a file, with the reason in words when that is not the
 * obvious one; or nothing, with what to do, when no version has a file.
 */
import { newestVersionWithArtifact } from '../../db/queries/model-use';
import type { Model } from '../../db/schema';
import type { ServiceContext } from '../hub';
import { findVersion, type VersionView } from './models';

export interface UseChoice {
  /** The version offered; undefined when no version has a file. */
  version: VersionView | undefined;
  /** How the CLI names it: `slug@production` or `slug:3`. */
  reference: string;
  /** Why this version, when it is not simply the production one or the only newest one. */
  reason: string | null;
}

const hasFile = (v: VersionView | undefined): boolean => !!v && v.artifacts.length > 0;

export async function useModelChoice(
  ctx: ServiceContext,
  row: Model,
  production: VersionView | undefined,
  latest: VersionView | undefined,
): Promise<UseChoice> {
  if (production && hasFile(production)) {
    return { version: production, reference: `${row.slug}@production`, reason: null };
  }
  const newest = latest && hasFile(latest) ? latest.version : await newestVersionWithArtifact(ctx.db, row.id);
  const version =
    newest === undefined ? undefined : newest === latest?.version ? latest : await findVersion(ctx, row, newest);
  if (!version) return { version: undefined, reference: row.slug, reason: null };
  const skipped: string[] = [];
  if (production && production.version !== version.version) {
    skipped.push(`the production version, v${production.version}, has none yet`);
  }
  if (latest && latest.version > version.version && latest.version !== production?.version) {
    const from = version.version + 1;
    skipped.push(
      from === latest.version ? `v${latest.version} has none yet` : `v${from} to v${latest.version} have none yet`,
    );
  }
  return {
    version,
    reference: `${row.slug}:${version.version}`,
    reason: skipped.length > 0 ? `v${version.version} is the newest version with a file; ${skipped.join('; ')}.` : null,
  };
}
