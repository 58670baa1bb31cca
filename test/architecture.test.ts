import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs|js)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

describe('architecture', () => {
  it('keeps functions/, db/ and src/lib/ free of node: imports so they run on workerd and in browsers', () => {
    const offenders = ['functions', 'db', 'src/lib']
      .flatMap((dir) => sourceFiles(join(ROOT, dir)))
      .filter((file) => /from\s+['"]node:|require\(['"]node:|import\(['"]node:/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('keeps SQL out of route handlers (queries live in db/queries)', () => {
    const offenders = sourceFiles(join(ROOT, 'functions/routes'))
      .filter((file) => /\bsql`|\.select\(|\.insert\(|\.update\(|\.delete\(/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });
});
