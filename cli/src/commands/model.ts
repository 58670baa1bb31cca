import type { z } from '@hono/zod-openapi';
import { Option, type Command } from 'commander';
import type { ModelVersionSchema } from '../../../functions/contract/models/schema';
import { artifactCommands } from '../../../src/lib/catalog/artifact-commands';
import { formatBytes, formatMetric } from '../../../src/lib/catalog/format';

/** Exit codes: 0 shown, 1 the hub could not be asked, 2 no such model, version or alias (or a malformed reference). */
export const EXIT_UNAVAILABLE = 1;
export const EXIT_NOT_FOUND = 2;

type VersionResponse = z.infer<typeof ModelVersionSchema>;

/** `slug`, `slug@alias` or `slug:version` → the API path that answers it (`slug` alone: the `latest` version). */
export function versionPath(ref: string): string | null {
  const match = /^([a-z0-9][a-z0-9-]*)(?:@([\w.-]+)|:(\d+))?$/.exec(ref);
  if (!match) return null;
  const [, slug, alias, version] = match;
  return version
    ? `/api/models/${slug}/versions/${version}`
    : `/api/models/${slug}/aliases/${alias ?? 'latest'}/version`;
}

export function registerModelCommands(program: Command) {
  const model = program.command('model').description('Models in a hub catalog');

  model
    .command('show <ref>')
    .description(
      'Which version a model reference names (slug, slug@production, slug:3), with its artifacts and how to fetch them',
    )
    .addOption(new Option('--url <url>', 'hub origin').env('HUB_URL').default('http://localhost:4321'))
    .option('--json', 'print the version as the API returns it')
    .action(async (ref: string, options: { url: string; json?: boolean }) => {
      const path = versionPath(ref);
      if (!path) {
        console.error(
          `error: "${ref}" is not a model reference: use slug, slug@alias or slug:version (e.g. jet-btag@production).`,
        );
        process.exitCode = EXIT_NOT_FOUND;
        return;
      }
      let res: Response;
      try {
        res = await fetch(new URL(path, options.url), { headers: { accept: 'application/json' } });
      } catch (error) {
        console.error(
          `error: could not reach the hub at ${options.url}: ${(error as Error & { cause?: Error }).cause?.message ?? (error as Error).message}`,
        );
        process.exitCode = EXIT_UNAVAILABLE;
        return;
      }
      const body = (await res.json().catch(() => null)) as (VersionResponse & { error?: { message: string } }) | null;
      if (!res.ok || !body) {
        console.error(`error: ${body?.error?.message ?? `the hub answered ${res.status}`}`);
        process.exitCode = res.status === 404 || res.status === 400 ? EXIT_NOT_FOUND : EXIT_UNAVAILABLE;
        return;
      }
      if (options.json) {
        console.log(JSON.stringify(body, null, 2));
        return;
      }
      console.log(printVersion(body, options.url));
    });
}

function printVersion(v: VersionResponse, origin: string): string {
  const lines = [
    `${v.model} v${v.version}  (${v.status}${v.aliases.length ? `; ${v.aliases.join(', ')}` : ''})`,
    `registered ${v.createdAt.slice(0, 16).replace('T', ' ')} UTC${v.parent ? `, retrained from ${v.parent.model} v${v.parent.version}` : ''}`,
    `page       ${v.url}`,
  ];
  if (v.datasets.length)
    lines.push(`data       ${v.datasets.map((d) => `${d.dataset} ${d.version} (${d.role})`).join(', ')}`);
  if (v.metrics.length) {
    lines.push('', 'metrics');
    for (const m of v.metrics)
      lines.push(`  ${m.name.padEnd(28)} ${formatMetric(m.value).padStart(10)}  ${m.split ?? ''}`.trimEnd());
  }
  lines.push('', 'artifacts');
  for (const a of v.artifacts) {
    const facts = [a.format, a.precision, a.bytes === null ? null : formatBytes(a.bytes)].filter(Boolean).join(', ');
    const { fetch, verify } = artifactCommands(a, origin);
    lines.push(`  ${a.name}  (${facts})`, `    ${a.uri}`);
    for (const command of [fetch, verify]) if (command) lines.push(`    $ ${command}`);
  }
  return lines.join('\n');
}
