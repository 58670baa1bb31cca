import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string, pattern = /\.(ts|tsx|mjs|js)$/): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path, pattern);
    return pattern.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

/** Relative imports of a file (static, dynamic and inline type imports), resolved to files. */
function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/(?:from\s+|import\()\s*['"](\.[^'"]+)['"]/g)].flatMap((m) => {
    const base = resolve(dirname(file), m[1]!);
    const found = [base, `${base}.ts`, join(base, 'index.ts')].find((c) => existsSync(c) && statSync(c).isFile());
    return found ? [found] : [];
  });
}

describe('architecture', () => {
  it('keeps functions/, db/ and src/lib/ free of node: imports so they run on workerd and in browsers', () => {
    const offenders = ['functions', 'db', 'src/lib', 'src/html']
      .flatMap((dir) => sourceFiles(join(ROOT, dir)))
      .filter((file) => /from\s+['"]node:|require\(['"]node:|import\(['"]node:/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('keeps routes HTTP only: no SQL, no queries, no drizzle (services do the work)', () => {
    const offenders = sourceFiles(join(ROOT, 'functions/routes'))
      .filter((file) => {
        const text = readFileSync(file, 'utf8');
        return (
          /\bsql`|\.select\(|\.insert\(|\.update\(|\.delete\(|from ['"]drizzle-orm/.test(text) ||
          importsOf(file).some((f) => f.startsWith(join(ROOT, 'db/')))
        );
      })
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('keeps pages on the services: nothing in src/ imports routes, queries or drizzle', () => {
    const offenders = sourceFiles(join(ROOT, 'src'), /\.(ts|astro)$/)
      .filter((file) => /functions\/routes\/|db\/queries\/|from ['"]drizzle-orm/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('keeps src/lib/ pure domain: no HTML strings (src/html/ renders), no model training (scripts/demo-models/)', () => {
    const offenders = sourceFiles(join(ROOT, 'src/lib'))
      .filter((file) => {
        const text = readFileSync(file, 'utf8');
        return (
          /['"`]<(div|table|tr|td|th|span|section|p|ul|li|a|form|h[1-6]|mark|strong|code|pre)[ >]/.test(text) ||
          importsOf(file).some((f) => !f.startsWith(join(ROOT, 'src/lib')) && !f.startsWith(join(ROOT, 'db/schema')))
        );
      })
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('has no import cycles in functions/, db/, src/ or server/', () => {
    const files = ['functions', 'db', 'src', 'server'].flatMap((dir) => sourceFiles(join(ROOT, dir), /\.(ts|astro)$/));
    const graph = new Map(files.map((f) => [f, importsOf(f)]));
    const cycles: string[][] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      stack.push(file);
      for (const next of graph.get(file) ?? []) {
        if (!graph.has(next)) continue;
        if (state.get(next) === 'open') cycles.push(stack.slice(stack.indexOf(next)).map((f) => relative(ROOT, f)));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});
