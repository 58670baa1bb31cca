/** Turns an OpenAPI 3.1 document into the rows the API reference page shows. */

type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  description?: string;
  anyOf?: Schema[];
  oneOf?: Schema[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  format?: string;
  const?: unknown;
  example?: unknown;
  examples?: unknown[];
  allOf?: Schema[];
  additionalProperties?: boolean | Schema;
};

export interface OpenApiDoc {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

interface Operation {
  tags?: string[];
  summary?: string;
  description?: string;
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema; example?: unknown }> };
  responses?: Record<
    string,
    { description?: string; content?: Record<string, { schema?: Schema; example?: unknown }> }
  >;
}

export interface FieldRow {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

export interface OperationView {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  needsToken: boolean;
  parameters: (FieldRow & { in: string })[];
  body: FieldRow[];
  /** An example request body (JSON text), built from the schema's examples; null without a JSON body. */
  requestExample: string | null;
  responses: { status: string; description: string }[];
  /** The first success response with a JSON body: its status and an example of it (JSON text). */
  responseExample: { status: string; json: string } | null;
}

function resolve(doc: OpenApiDoc, schema: Schema | undefined): Schema {
  if (schema?.$ref) return resolve(doc, doc.components?.schemas?.[schema.$ref.split('/').pop()!]);
  return schema ?? {};
}

export function typeOf(doc: OpenApiDoc, schema: Schema | undefined): string {
  if (!schema) return 'any';
  if (schema.$ref) return schema.$ref.split('/').pop()!;
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return alternatives.map((s) => typeOf(doc, s)).join(' | ');
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : schema.type;
  if (type === 'array') return `${typeOf(doc, schema.items)}[]`;
  if (type === 'object' && schema.properties) return 'object';
  return schema.format ? `${type} (${schema.format})` : (type ?? 'any');
}

function describe(schema: Schema): string {
  const parts = [schema.description ?? ''];
  if (schema.default !== undefined) parts.push(`Default: ${JSON.stringify(schema.default)}.`);
  if (schema.maxLength !== undefined) parts.push(`At most ${schema.maxLength} characters.`);
  if (schema.minimum !== undefined && schema.maximum !== undefined) parts.push(`${schema.minimum}–${schema.maximum}.`);
  return parts.filter(Boolean).join(' ');
}

export function fieldsOf(doc: OpenApiDoc, schema: Schema | undefined): FieldRow[] {
  const resolved = resolve(doc, schema);
  return Object.entries(resolved.properties ?? {}).map(([name, property]) => ({
    name,
    type: typeOf(doc, property),
    required: resolved.required?.includes(name) ?? false,
    description: describe(resolve(doc, property)),
  }));
}

/** How deep an example follows nested objects (schemas that refer to themselves stop here too). */
const EXAMPLE_DEPTH = 6;

/**
 * An example value for a schema: its own `example` (or first of `examples`), else one built from
 * its parts (every property, one array item, the first alternative), else a placeholder by type.
 */
export function exampleOf(doc: OpenApiDoc, schema: Schema | undefined, depth = 0, seen: string[] = []): unknown {
  if (!schema) return null;
  if (schema.$ref) {
    if (seen.includes(schema.$ref) || depth > EXAMPLE_DEPTH) return {};
    return exampleOf(doc, resolve(doc, schema), depth, [...seen, schema.$ref]);
  }
  if (schema.example !== undefined) return schema.example;
  if (schema.examples?.length) return schema.examples[0];
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) {
    const choice = alternatives.find((s) => resolve(doc, s).type !== 'null') ?? alternatives[0];
    return exampleOf(doc, choice, depth, seen);
  }
  if (schema.allOf?.length)
    return Object.assign({}, ...schema.allOf.map((s) => exampleOf(doc, s, depth, seen)).filter(isObject));
  const type = Array.isArray(schema.type) ? (schema.type.find((t) => t !== 'null') ?? schema.type[0]) : schema.type;
  if (type === 'array') return depth > EXAMPLE_DEPTH ? [] : [exampleOf(doc, schema.items, depth + 1, seen)];
  if (type === 'object' || schema.properties) {
    if (depth > EXAMPLE_DEPTH) return {};
    return Object.fromEntries(
      Object.entries(schema.properties ?? {}).map(([name, p]) => [name, exampleOf(doc, p, depth + 1, seen)]),
    );
  }
  if (type === 'string') return schema.format === 'date-time' ? '2026-01-01T00:00:00Z' : 'string';
  if (type === 'integer' || type === 'number') return schema.minimum ?? 0;
  if (type === 'boolean') return true;
  return null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function exampleJson(doc: OpenApiDoc, schema: Schema, given: unknown): string {
  return compactJson(given !== undefined ? given : exampleOf(doc, schema));
}

/** JSON indented by two spaces, with arrays and objects that fit in `width` characters on one line. */
export function compactJson(value: unknown, indent = '', width = 100): string {
  const flat = oneLineJson(value);
  if (flat.length + indent.length <= width || typeof value !== 'object' || value === null) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (!value.length) return '[]';
    return `[\n${value.map((v) => inner + compactJson(v, inner, width)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (!entries.length) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compactJson(v, inner, width)}`).join(',\n')}\n${indent}}`;
}

/** JSON on one line, spaced as people write it: `{ "a": 1, "b": [1, 2] }`. */
function oneLineJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(oneLineJson).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    return entries.length
      ? `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${oneLineJson(v)}`).join(', ')} }`
      : '{}';
  }
  return JSON.stringify(value) ?? 'null';
}

/** A response that many operations share word for word (400, 401, …): listed once on the page. */
export interface CommonResponse {
  id: string;
  status: string;
  description: string;
}

/** The responses at least `min` operations share, each with an anchor, in status order. */
export function commonResponses(byTag: Map<string, OperationView[]>, min = 5): CommonResponse[] {
  const counts = new Map<string, { status: string; description: string; count: number }>();
  for (const ops of byTag.values())
    for (const op of ops)
      for (const r of op.responses) {
        const key = `${r.status} ${r.description}`;
        const entry = counts.get(key) ?? { ...r, count: 0 };
        entry.count++;
        counts.set(key, entry);
      }
  const common = [...counts.values()].filter((r) => r.count >= min && !/^2/.test(r.status));
  common.sort((a, b) => a.status.localeCompare(b.status) || b.count - a.count);
  const perStatus = new Map<string, number>();
  return common.map(({ status, description }) => {
    const n = (perStatus.get(status) ?? 0) + 1;
    perStatus.set(status, n);
    return { id: `response-${status}-${n}`, status, description };
  });
}

function successExample(doc: OpenApiDoc, op: Operation): OperationView['responseExample'] {
  for (const [status, response] of Object.entries(op.responses ?? {})) {
    const json = response.content?.['application/json'];
    if (/^2\d\d$/.test(status) && json?.schema) return { status, json: exampleJson(doc, json.schema, json.example) };
  }
  return null;
}

export function operationsByTag(doc: OpenApiDoc): Map<string, OperationView[]> {
  const byTag = new Map<string, OperationView[]>();
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = op.tags?.[0] ?? 'Other';
      const body = op.requestBody?.content?.['application/json']?.schema;
      const view: OperationView = {
        id: `${method}-${path}`
          .replace(/[^a-zA-Z0-9]+/g, '-')
          .replace(/-$/, '')
          .toLowerCase(),
        method: method.toUpperCase(),
        path,
        summary: op.summary ?? '',
        description: op.description ?? '',
        needsToken: (op.security?.length ?? 0) > 0,
        parameters: (op.parameters ?? []).map((p) => ({
          name: p.name,
          in: p.in,
          type: typeOf(doc, p.schema),
          required: p.required ?? false,
          description: p.description ?? describe(resolve(doc, p.schema)),
        })),
        body: fieldsOf(doc, body),
        requestExample: body ? exampleJson(doc, body, op.requestBody?.content?.['application/json']?.example) : null,
        responses: Object.entries(op.responses ?? {}).map(([status, r]) => ({
          status,
          description: r.description ?? '',
        })),
        responseExample: successExample(doc, op),
      };
      byTag.set(tag, [...(byTag.get(tag) ?? []), view]);
    }
  }
  return byTag;
}

export function componentSchemas(doc: OpenApiDoc): { name: string; fields: FieldRow[] }[] {
  return Object.entries(doc.components?.schemas ?? {})
    .filter(([, schema]) => schema.properties)
    .map(([name, schema]) => ({ name, fields: fieldsOf(doc, schema) }));
}
