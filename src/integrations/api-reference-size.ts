import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { OutputBundle } from 'rollup';

/**
 * /docs/api/ states how much its "Open the interactive reference" button downloads: the compressed
 * size of what the interactive reference loads (src/components/api-reference.ts, Scalar and its
 * stylesheet, and every chunk they import) beyond what the page already loaded. It is measured on
 * the client build's chunks and written into the prerendered page's placeholder
 * (`<span data-api-interactive-size>`) when the build is done; the build fails if either is missing.
 */
const ENTRY = /\/src\/components\/api-reference\.ts$/;
const PAGE = 'docs/api/index.html';
const PLACEHOLDER = /(<span data-api-interactive-size>)[^<]*(<\/span>)/;

type Chunk = {
  type: 'chunk';
  imports: string[];
  dynamicImports: string[];
  code: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  moduleIds: string[];
  viteMetadata?: { importedCss: Set<string> };
};

function staticClosure(bundle: OutputBundle, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const item = bundle[name];
    if (item?.type !== 'chunk') return;
    const chunk = item as unknown as Chunk;
    for (const css of chunk.viteMetadata?.importedCss ?? []) seen.add(css);
    for (const next of chunk.imports) visit(next);
  };
  for (const root of roots) visit(root);
  return seen;
}

/** The compressed bytes the interactive reference downloads, from a client bundle. */
export function interactiveBytes(bundle: OutputBundle): number | undefined {
  const chunks = Object.entries(bundle).filter(([, item]) => item.type === 'chunk') as unknown as [string, Chunk][];
  const entry = chunks.find(([, c]) => c.moduleIds.some((id) => ENTRY.test(id.replace(/\\/g, '/'))));
  if (!entry) return undefined;
  // The module itself, what it imports dynamically (Scalar, its stylesheet), and all they import.
  const needed = staticClosure(bundle, [entry[0], ...entry[1].dynamicImports]);
  const loaded = staticClosure(
    bundle,
    chunks.filter(([, c]) => c.isEntry).map(([name]) => name),
  );
  let bytes = 0;
  for (const name of needed) {
    if (loaded.has(name)) continue;
    const item = bundle[name];
    if (!item) continue;
    const source = item.type === 'chunk' ? item.code : item.source;
    bytes += gzipSync(typeof source === 'string' ? Buffer.from(source) : Buffer.from(source)).length;
  }
  return bytes;
}

export function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.round(bytes / 1000)} KB`;
}

export function apiReferenceSize(): AstroIntegration {
  let bytes: number | undefined;
  return {
    name: 'hub:api-reference-size',
    hooks: {
      'astro:build:setup': ({ vite, target }) => {
        if (target !== 'client') return;
        vite.plugins ??= [];
        vite.plugins.push({
          name: 'hub:api-reference-size',
          generateBundle(_options, bundle) {
            // Web workers are bundled by builds of their own, through this plugin too: keep the page's.
            bytes = interactiveBytes(bundle) ?? bytes;
          },
        });
      },
      'astro:build:done': async ({ dir }) => {
        if (bytes === undefined)
          throw new Error(
            'The interactive API reference (src/components/api-reference.ts) is not in the client build.',
          );
        const file = new URL(PAGE, dir);
        const html = await readFile(file, 'utf8');
        if (!PLACEHOLDER.test(html)) throw new Error(`${PAGE} has no <span data-api-interactive-size> to fill.`);
        await writeFile(file, html.replace(PLACEHOLDER, `$1${formatBytes(bytes)}$2`));
      },
    },
  };
}
