import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rewriteScalarMain } from './scalar-landmarks';

const layoutModule = fileURLToPath(
  new URL('../../node_modules/@scalar/api-reference/dist/components/ApiReference.vue2.js', import.meta.url),
);

describe('rewriteScalarMain', () => {
  it("turns the installed Scalar's content <main> into a labelled <section>", () => {
    const code = readFileSync(layoutModule, 'utf8');
    expect(code).toContain('createElementVNode("main"');
    const result = rewriteScalarMain(code);
    expect(result.found).toBe(true);
    expect(result.code).not.toContain('createElementVNode("main"');
    expect(result.code).toMatch(/createElementVNode\("section", \{\s*"aria-label": `Open API Documentation for /);
  });

  it('leaves code without that element alone and says so', () => {
    const code = 'createElementVNode("main", { class: "other" })';
    expect(rewriteScalarMain(code)).toEqual({ code, found: false });
  });
});
