import fc from 'fast-check';

/**
 * One valid-looking instance of a JSON Schema from the OpenAPI document: the schema's own example
 * or default where it has one, otherwise the smallest value its keywords allow (required properties
 * only, or the first property of a schema that requires none; `minItems` items, a string matching `pattern`). Fuzz mutations start from it, so a route
 * added later gets a starting body without anyone writing one.
 */
export type JsonSchema = Record<string, any>;

export class SchemaSampler {
  constructor(
    private readonly components: Record<string, JsonSchema>,
    private readonly seed: number,
  ) {}

  resolve(schema: JsonSchema): JsonSchema {
    let s = schema;
    for (let i = 0; s?.$ref && i < 20; i++) s = this.components[String(s.$ref).split('/').pop()!] ?? {};
    return s ?? {};
  }

  sample(schema: JsonSchema, depth = 0): unknown {
    const s = this.resolve(schema);
    if (depth > 12) return null;
    if (s.example !== undefined) return s.example;
    if (Array.isArray(s.examples) && s.examples.length) return s.examples[0];
    if (s.const !== undefined) return s.const;
    if (s.default !== undefined) return s.default;
    if (Array.isArray(s.enum) && s.enum.length) return s.enum[0];
    if (Array.isArray(s.allOf)) return Object.assign({}, ...s.allOf.map((p: JsonSchema) => this.sample(p, depth + 1)));
    const alternatives = s.oneOf ?? s.anyOf;
    if (Array.isArray(alternatives) && alternatives.length) {
      const first = alternatives.find((a: JsonSchema) => this.resolve(a).type !== 'null') ?? alternatives[0];
      return this.sample(first, depth + 1);
    }
    const type = Array.isArray(s.type) ? (s.type.find((t: string) => t !== 'null') ?? 'null') : s.type;
    switch (type) {
      case 'object':
        return this.sampleObject(s, depth);
      case 'array':
        return Array.from({ length: s.minItems ?? 0 }, () => this.sample(s.items ?? {}, depth + 1));
      case 'string':
        return this.sampleString(s);
      case 'integer':
        return Math.max(s.minimum ?? 1, s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
      case 'number':
        return s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 0.5 : 1);
      case 'boolean':
        return true;
      case 'null':
        return null;
      default:
        return s.properties ? this.sampleObject(s, depth) : {};
    }
  }

  private sampleObject(s: JsonSchema, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    // A patch schema requires nothing but refuses an empty body: send its first property.
    const keys = s.required?.length ? s.required : Object.keys(s.properties ?? {}).slice(0, 1);
    for (const key of keys) out[key] = this.sample(s.properties?.[key] ?? {}, depth + 1);
    return out;
  }

  private sampleString(s: JsonSchema): string {
    if (s.format === 'date-time') return new Date().toISOString();
    if (s.format === 'date') return new Date().toISOString().slice(0, 10);
    if (s.format === 'uri' || s.format === 'url') return 'https://example.org/fuzz';
    if (s.format === 'email') return 'fuzz@example.org';
    if (s.pattern) {
      const pattern = new RegExp(s.pattern, 'u');
      const min = s.minLength ?? 0;
      const max = s.maxLength ?? 64;
      const [value] = fc.sample(
        fc.stringMatching(pattern).filter((v) => v.length >= min && v.length <= max),
        { seed: this.seed, numRuns: 1 },
      );
      return value ?? 'x'.repeat(min);
    }
    return 'fuzz'.padEnd(s.minLength ?? 4, 'z').slice(0, s.maxLength ?? 4096);
  }
}
