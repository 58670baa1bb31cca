/**
 * The compare page: two versions of a model side by side, picked from every version the model
 * has (pickers never empty), with sensible defaults when the URL names none.
 */
import { listVersionChoices } from '../../db/queries/version-choices';
import type { Model } from '../../db/schema';
import type { ServiceContext } from '../hub';
import { findModel, findVersion, modelResponse, type ModelView, type VersionView } from './models';

/** Pickers list this many of the newest versions (plus aliased and asked-for ones); a page stays small. */
export const MAX_VERSION_CHOICES = 1000;

export interface VersionChoice {
  version: number;
  status: string;
  createdAt: string;
  aliases: string[];
}

export interface ComparePage {
  row: Model;
  model: ModelView;
  pair: [VersionView, VersionView] | undefined;
  /** The numbers asked for (or the defaults), to select in the pickers, and why no comparison is shown. */
  asked: { a: string; b: string; problem?: string };
  /** What the pickers offer, newest first. */
  choices: VersionChoice[];
  /** How many versions the model has (more than `choices` when it has very many). */
  versionCount: number;
}

/**
 * Without `?a=&b=`, production against the latest version when they differ, else the latest
 * against the version before it (numbers can have gaps, so "before" is the previous one that exists).
 */
export function defaultPair(
  choices: { version: number; aliases: string[] }[],
  production: number | null,
): { a: number; b: number } | undefined {
  const [latest, previous] = choices;
  if (!latest || !previous) return undefined;
  if (production !== null && production !== latest.version) return { a: production, b: latest.version };
  return { a: previous.version, b: latest.version };
}

const asNumber = (x: string) => (/^\d{1,9}$/.test(x) ? Number(x) : NaN);

export async function comparePage(
  ctx: ServiceContext,
  slug: string,
  params: URLSearchParams,
): Promise<ComparePage | undefined> {
  const row = await findModel(ctx, slug);
  if (!row) return undefined;
  const model = await modelResponse(ctx, row);
  const wantedA = params.get('a')?.trim() ?? '';
  const wantedB = params.get('b')?.trim() ?? '';
  const include = [asNumber(wantedA), asNumber(wantedB)].filter(Number.isInteger);
  const { choices: rows, total } = await listVersionChoices(ctx.db, row.id, MAX_VERSION_CHOICES, include);
  const choices = rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
  const fallback = defaultPair(choices, model.productionVersion);
  const a = wantedA || (fallback ? String(fallback.a) : '');
  const b = wantedB || (fallback ? String(fallback.b) : '');
  const base = { row, model, choices, versionCount: total };
  if (!fallback) return { ...base, pair: undefined, asked: { a, b } };
  const numbers = [a, b].map(asNumber);
  if (numbers.some((n) => !Number.isInteger(n) || n < 1))
    return { ...base, pair: undefined, asked: { a, b, problem: 'Version numbers are whole numbers from 1.' } };
  if (numbers[0] === numbers[1])
    return { ...base, pair: undefined, asked: { a, b, problem: 'Pick two different versions.' } };
  const [x, y] = await Promise.all(numbers.map((n) => findVersion(ctx, row, n)));
  if (!x || !y) {
    const missing = numbers
      .filter((_, i) => ![x, y][i])
      .map((n) => `v${n}`)
      .join(' and ');
    return { ...base, pair: undefined, asked: { a, b, problem: `${model.name} has no ${missing}.` } };
  }
  // The order picked is kept: "a" is the baseline, "b" the one judged better or worse against it.
  return { ...base, pair: [x, y], asked: { a, b } };
}
