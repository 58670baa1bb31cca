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
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { description?: string }>;
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
  responses: { status: string; description: string }[];
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
        responses: Object.entries(op.responses ?? {}).map(([status, r]) => ({
          status,
          description: r.description ?? '',
        })),
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
