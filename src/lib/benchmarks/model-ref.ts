import { SLUG_PATTERN } from '../slug';

/** `slug`, `slug@alias` or `slug:version`, as the harness's `--model` takes them. */
export type ModelRef =
  | { slug: string; kind: 'default' }
  | { slug: string; kind: 'alias'; alias: string }
  | { slug: string; kind: 'version'; version: number };

const ALIAS_PATTERN = /^[a-z][a-z0-9-]{0,39}$/;

/** Throws a RangeError that says what a valid reference looks like. */
export function parseModelRef(text: string): ModelRef {
  const trimmed = text.trim();
  const match = /^([^@:]+)(?:@([^@:]+)|:(\d+))?$/.exec(trimmed);
  const slug = match?.[1];
  if (!match || !slug || !SLUG_PATTERN.test(slug)) {
    throw new RangeError(
      `"${text}" is not a model reference: use a slug ("jet-btag"), slug@alias ("jet-btag@production") or slug:version ("jet-btag:2")`,
    );
  }
  if (match[2] !== undefined) {
    if (!ALIAS_PATTERN.test(match[2]))
      throw new RangeError(`"${match[2]}" is not an alias name (a lowercase word with hyphens, e.g. "production")`);
    return { slug, kind: 'alias', alias: match[2] };
  }
  if (match[3] !== undefined) {
    const version = Number(match[3]);
    if (!Number.isSafeInteger(version) || version < 1)
      throw new RangeError(`version "${match[3]}" must be a positive integer`);
    return { slug, kind: 'version', version };
  }
  return { slug, kind: 'default' };
}

export function formatModelRef(ref: ModelRef): string {
  return ref.kind === 'alias'
    ? `${ref.slug}@${ref.alias}`
    : ref.kind === 'version'
      ? `${ref.slug}:${ref.version}`
      : ref.slug;
}
