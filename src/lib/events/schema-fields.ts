/** Rows for a field table from a JSON Schema (as zod's toJSONSchema writes it): nested fields get dotted paths. */

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  description?: string;
  format?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  pattern?: string;
}

export interface SchemaFieldRow {
  path: string;
  type: string;
  required: boolean;
  description: string;
}

function typeName(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (schema.anyOf) return schema.anyOf.map(typeName).join(' | ');
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? 'any');
  if (type === 'array') return `${schema.items ? typeName(schema.items) : 'any'}[]`;
  if (
    type === 'object' &&
    !schema.properties &&
    schema.additionalProperties &&
    typeof schema.additionalProperties === 'object'
  ) {
    return `{ [name]: ${typeName(schema.additionalProperties)} }`;
  }
  return schema.format ? `${type} (${schema.format})` : type;
}

function describe(schema: JsonSchema): string {
  const parts = [schema.description ?? ''];
  if (schema.default !== undefined) parts.push(`Default ${JSON.stringify(schema.default)}.`);
  if (schema.minimum !== undefined) parts.push(`≥ ${schema.minimum}.`);
  return parts.filter(Boolean).join(' ');
}

export function schemaFields(schema: JsonSchema, prefix = ''): SchemaFieldRow[] {
  const rows: SchemaFieldRow[] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    rows.push({
      path,
      type: typeName(property),
      required: schema.required?.includes(name) ?? false,
      description: describe(property),
    });
    if (property.properties) rows.push(...schemaFields(property, path));
    else if (property.items?.properties) rows.push(...schemaFields(property.items, `${path}[]`));
  }
  return rows;
}
