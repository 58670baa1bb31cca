import { parse as parseYaml } from 'yaml';
import { MODEL_TASKS, type ModelTask } from './catalog-vocabulary';

/**
 * Model cards in the Hugging Face style: Markdown with optional YAML front matter between
 * `---` lines. The front matter keys the hub reads (CARD_KEYS) fill model fields; everything
 * else is kept as metadata.
 */

/** Front-matter keys the hub reads, and the model field each one fills. */
export const CARD_KEYS = {
  model_name: 'name',
  'model-index': 'name',
  license: 'license',
  license_name: 'license',
  tags: 'tags',
  pipeline_tag: 'task',
  task: 'task',
  datasets: 'datasets',
  language: 'languages',
  library_name: 'library',
} as const;

export interface CardFields {
  name?: string;
  summary?: string;
  task?: ModelTask;
  license?: string;
  tags?: string[];
  datasets?: string[];
  languages?: string[];
  library?: string;
}

export interface CardIssue {
  /** Where in the card, e.g. `card.tags.2` or `card` for the YAML itself. */
  path: string;
  message: string;
}

export interface ImportedCard {
  /** The Markdown body without the front matter. */
  body: string;
  metadata: Record<string, unknown>;
  fields: CardFields;
  /** Which model field came from which front-matter key (`task` ← `pipeline_tag`), for error paths. */
  sources: Partial<Record<keyof CardFields, string>>;
  issues: CardIssue[];
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(markdown: string): { yaml: string | null; body: string } {
  const match = FRONT_MATTER.exec(markdown);
  if (!match) return { yaml: null, body: markdown.replace(/^\uFEFF/, '') };
  return { yaml: match[1] ?? '', body: markdown.slice(match[0].length).replace(/^\s*\n/, '') };
}

/** "Jet tagging", "jet_tagging" and "jet-tagging" all name the task `jet-tagging`. */
export function normaliseTask(value: string): ModelTask | undefined {
  const slug = value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return (MODEL_TASKS as readonly string[]).includes(slug) ? (slug as ModelTask) : undefined;
}

/**
 * The body's lines that are Markdown prose: fenced code blocks (``` or ~~~, closed by a fence of
 * the same character at least as long) and HTML comments are blanked, so that a `# install`
 * comment in a code example is never read as a heading. Line by line, so any input is linear.
 */
export function proseLines(body: string): string[] {
  const lines = body.split(/\r?\n/);
  let fence: { char: string; length: number } | undefined;
  let inComment = false;
  return lines.map((line) => {
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = undefined;
      return '';
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      return '';
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (open) {
      fence = { char: open[1]![0]!, length: open[1]!.length };
      return '';
    }
    const withoutComments = line.replace(/<!--[\s\S]*?-->/g, '');
    const commentStart = withoutComments.indexOf('<!--');
    if (commentStart >= 0) {
      inComment = true;
      return withoutComments.slice(0, commentStart);
    }
    return withoutComments;
  });
}

/** The first level-1 or level-2 heading of the prose, used as the name when the front matter gives none. */
export function firstHeading(body: string): string | undefined {
  for (const line of proseLines(body)) {
    const match = /^ {0,3}#{1,2}\s+(.+?)(?:\s+#+)?\s*$/.exec(line);
    const text = match?.[1]?.trim();
    if (text) return text;
  }
  return undefined;
}

/**
 * The first prose paragraph, Markdown marks removed, cut to `max` characters at a word. A heading
 * ends a paragraph even without a blank line (badges right above a title are common), and a
 * paragraph of badges alone has no text, so the next one is taken.
 */
export function firstParagraph(body: string, max = 280): string | undefined {
  const blocks: string[][] = [[]];
  for (const line of proseLines(body)) {
    if (!line.trim()) blocks.push([]);
    else if (/^ {0,3}#{1,6}(\s|$)/.test(line)) blocks.push([line], []);
    else blocks.at(-1)!.push(line);
  }
  for (const block of blocks) {
    const prose = block.join('\n').trim();
    if (!prose || /^(#|!\[|<|\||>|[-*+]\s|\d+\.\s|---)/.test(prose)) continue;
    const text = prose
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`]+/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (!text) continue;
    if (text.length <= max) return text;
    const cut = text.slice(0, max - 1);
    return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
  }
  return undefined;
}

/**
 * Tags as cards write them, made one list: trimmed, inner whitespace collapsed, duplicates
 * (ignoring case) dropped. Hugging Face's own forms stay as they are (`license:mit`,
 * `dataset:org/name`, `dataset_size:1K<n<10K`), so they still mean what they mean there.
 */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** `model-index[0].name`, the name Hugging Face's Trainer and sentence-transformers write. */
function modelIndexName(metadata: Record<string, unknown>): unknown {
  const index = metadata['model-index'];
  if (!Array.isArray(index)) return undefined;
  const first: unknown = index[0];
  return first !== null && typeof first === 'object' ? (first as Record<string, unknown>).name : undefined;
}

function stringList(value: unknown, path: string, issues: CardIssue[]): string[] | undefined {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list)) {
    issues.push({ path, message: 'Expected a string or a list of strings.' });
    return undefined;
  }
  const out: string[] = [];
  list.forEach((item, i) => {
    if (typeof item === 'string' || typeof item === 'number') out.push(String(item).trim());
    else issues.push({ path: `${path}.${i}`, message: 'Expected a string.' });
  });
  return out.filter(Boolean);
}

function string(value: unknown, path: string, issues: CardIssue[]): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined;
  issues.push({ path, message: 'Expected a string.' });
  return undefined;
}

/**
 * Reads a card: splits off the front matter, parses it as YAML and maps the known keys.
 * A task the hub does not know (e.g. `pipeline_tag: image-classification`) is not an error:
 * the model then needs an explicit `task`.
 */
export function importCard(markdown: string): ImportedCard {
  const { yaml, body } = splitFrontMatter(markdown);
  const issues: CardIssue[] = [];
  const fields: CardFields = {};
  const sources: ImportedCard['sources'] = {};
  let metadata: Record<string, unknown> = {};
  if (yaml !== null && yaml.trim()) {
    try {
      const parsed: unknown = parseYaml(yaml, { maxAliasCount: 100 });
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
        metadata = parsed as Record<string, unknown>;
      else issues.push({ path: 'card', message: 'The front matter must be a YAML mapping (key: value lines).' });
    } catch (error) {
      issues.push({
        path: 'card',
        message: `The front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
      });
    }
  }
  const set = <K extends keyof CardFields>(field: K, key: string, value: CardFields[K] | undefined) => {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return;
    fields[field] = value;
    sources[field] = key;
  };
  const at = (key: string) => `card.${key}`;
  if (metadata.model_name !== undefined)
    set('name', 'model_name', string(metadata.model_name, at('model_name'), issues));
  const indexName = modelIndexName(metadata);
  if (!fields.name && indexName !== undefined)
    set('name', 'model-index', string(indexName, at('model-index.0.name'), issues));
  if (metadata.license !== undefined) {
    const license = string(metadata.license, at('license'), issues);
    // Hugging Face writes `license: other` plus `license_name: <the real one>`.
    if (license === 'other' && metadata.license_name !== undefined)
      set('license', 'license_name', string(metadata.license_name, at('license_name'), issues));
    else set('license', 'license', license);
  }
  if (metadata.tags !== undefined) {
    const tags = stringList(metadata.tags, at('tags'), issues);
    set('tags', 'tags', tags && normaliseTags(tags));
  }
  for (const key of ['task', 'pipeline_tag'] as const) {
    if (metadata[key] === undefined || fields.task) continue;
    const value = string(metadata[key], at(key), issues);
    set('task', key, value === undefined ? undefined : normaliseTask(value));
  }
  if (metadata.datasets !== undefined)
    set('datasets', 'datasets', stringList(metadata.datasets, at('datasets'), issues));
  if (metadata.language !== undefined)
    set('languages', 'language', stringList(metadata.language, at('language'), issues));
  if (metadata.library_name !== undefined)
    set('library', 'library_name', string(metadata.library_name, at('library_name'), issues)?.toLowerCase());
  if (!fields.name) set('name', '# heading', firstHeading(body));
  set('summary', 'first paragraph', firstParagraph(body));
  return { body, metadata, fields, sources, issues };
}

/** The card body without a first heading that only repeats the model's name (pages show the name already). */
export function withoutTitle(body: string, name: string): string {
  const match = /^\s*#\s+(.+?)\s*#*\s*(?:\r?\n|$)/.exec(body);
  return match && match[1]!.trim().toLowerCase() === name.trim().toLowerCase()
    ? body.slice(match[0].length).replace(/^\s*\n/, '')
    : body;
}
