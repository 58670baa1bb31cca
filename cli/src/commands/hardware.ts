import type { z } from '@hono/zod-openapi';
import { Option, type Command } from 'commander';
import type { CapacityReportSchema, PoolListSchema, PoolSchema } from '../../../functions/contract/hardware/schema';
import { acceleratorText } from '../../../src/lib/hardware-text';
import {
  AVAILABILITIES,
  AVAILABILITY_LABELS,
  POOL_STATUSES,
  POOL_ZONE_LABELS,
  POOL_ZONES,
  SCHEDULER_LABELS,
  SCHEDULERS,
  ACCELERATOR_KINDS,
} from '../../../src/lib/hardware-vocabulary';

/** Exit codes: 0 done, 1 the hub could not be asked, 2 no such pool, 3 the hub refused the input or the token. */
export const EXIT_UNAVAILABLE = 1;
export const EXIT_NOT_FOUND = 2;
export const EXIT_REFUSED = 3;

type Pool = z.infer<typeof PoolSchema>;
type PoolList = z.infer<typeof PoolListSchema>;
type CapacityReport = z.infer<typeof CapacityReportSchema>;

const urlOption = () => new Option('--url <url>', 'hub origin').env('HUB_URL').default('http://localhost:4321');

/** Calls the hub; on failure prints why, sets the exit code and returns undefined. */
async function call<T>(origin: string, path: string, init: RequestInit = {}): Promise<T | undefined> {
  let res: Response;
  try {
    res = await fetch(new URL(path, origin), { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch (error) {
    const e = error as Error & { cause?: Error };
    console.error(`error: could not reach the hub at ${origin}: ${e.cause?.message ?? e.message}`);
    process.exitCode = EXIT_UNAVAILABLE;
    return undefined;
  }
  const body = (await res.json().catch(() => null)) as
    (T & { error?: { message: string; details?: { issues?: { path: string; message: string }[] } } }) | null;
  if (!res.ok || !body) {
    console.error(`error: ${body?.error?.message ?? `the hub answered ${res.status}`}`);
    for (const issue of body?.error?.details?.issues ?? []) console.error(`  ${issue.path}: ${issue.message}`);
    process.exitCode =
      res.status === 404 ? EXIT_NOT_FOUND : [400, 401, 403, 409].includes(res.status) ? EXIT_REFUSED : EXIT_UNAVAILABLE;
    return undefined;
  }
  return body;
}

const when = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

export function capacityLine(c: CapacityReport | null): string {
  if (!c) return 'no capacity reported';
  const parts: string[] = [c.status];
  if (c.freeGpus !== null) parts.push(`${c.freeGpus}${c.totalGpus !== null ? `/${c.totalGpus}` : ''} GPUs free`);
  if (c.queueLength !== null) parts.push(`${c.queueLength} queued`);
  return `${parts.join(', ')} (updated ${when(c.observedAt)})`;
}

export function printPool(p: Pool): string {
  const lines = [
    `${p.name}  [${p.slug}]`,
    p.summary,
    `site         ${p.site}`,
    `zone         ${POOL_ZONE_LABELS[p.zone]}`,
    `scheduler    ${p.scheduler ? SCHEDULER_LABELS[p.scheduler] : 'not recorded'}`,
    `availability ${AVAILABILITY_LABELS[p.availability]}`,
    `accelerators ${p.accelerators.length ? p.accelerators.map(acceleratorText).join('; ') : 'not recorded'}`,
    `capacity     ${capacityLine(p.capacity)}`,
    `tools        ${p.tools.join(', ') || 'none recorded'}`,
    `page         ${p.url}`,
    '',
    'access',
    ...p.access.split('\n').map((l) => `  ${l}`),
  ];
  if (p.unverified.length) lines.push('', 'not yet verified', ...p.unverified.map((u) => `  - ${u}`));
  return lines.join('\n');
}

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`"${value}" is not a count (a whole number, 0 or more).`);
  return n;
}

export function registerHardwareCommands(program: Command) {
  const hardware = program
    .command('hardware')
    .description('Hardware pools of a hub: GPUs, FPGAs, CPUs and their capacity');

  hardware
    .command('list')
    .description('Pools by name, optionally filtered')
    .addOption(urlOption())
    .addOption(new Option('--accelerator <kind>', 'accelerator kind').choices(ACCELERATOR_KINDS))
    .addOption(new Option('--zone <zone>', 'network zone').choices(POOL_ZONES))
    .addOption(new Option('--scheduler <scheduler>', 'how jobs reach the pool').choices(SCHEDULERS))
    .addOption(new Option('--availability <policy>', 'availability policy').choices(AVAILABILITIES))
    .option('--json', 'print every pool as the API returns it')
    .action(async (options: Record<string, string | boolean | undefined> & { url: string }) => {
      const params = new URLSearchParams();
      for (const key of ['accelerator', 'zone', 'scheduler', 'availability'])
        if (typeof options[key] === 'string') params.set(key, options[key] as string);
      const pools: Pool[] = [];
      let cursor: string | null = null;
      do {
        if (cursor) params.set('cursor', cursor);
        const page: PoolList | undefined = await call<PoolList>(options.url, `/api/hardware?${params}`);
        if (!page) return;
        pools.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      if (options.json) {
        console.log(JSON.stringify(pools, null, 2));
        return;
      }
      if (pools.length === 0) console.log('No pools match.');
      const width = Math.max(4, ...pools.map((p) => p.slug.length));
      for (const p of pools) console.log(`${p.slug.padEnd(width)}  ${p.name} — ${capacityLine(p.capacity)}`);
    });

  hardware
    .command('get <slug>')
    .description('One pool: facts, how to get access and its latest capacity')
    .addOption(urlOption())
    .option('--json', 'print the pool as the API returns it')
    .action(async (slug: string, options: { url: string; json?: boolean }) => {
      const pool = await call<Pool>(options.url, `/api/hardware/${encodeURIComponent(slug)}`);
      if (!pool) return;
      console.log(options.json ? JSON.stringify(pool, null, 2) : printPool(pool));
    });

  hardware
    .command('report-capacity <slug>')
    .description("Report a pool's capacity now (needs a write token of the pool's owner group, or admin)")
    .addOption(urlOption())
    .addOption(new Option('--token <secret>', 'API token').env('HUB_TOKEN').makeOptionMandatory())
    .addOption(new Option('--status <status>', 'pool status').choices(POOL_STATUSES).default('up'))
    .option('--free <n>', 'free GPUs', count)
    .option('--total <n>', 'GPUs in service', count)
    .option('--queue <n>', 'jobs waiting', count)
    .option('--note <text>', 'a short note (maintenance, …)')
    .option('--observed-at <iso>', 'when these numbers were observed (default: now)')
    .option('--json', 'print the stored report as the API returns it')
    .action(
      async (
        slug: string,
        options: {
          url: string;
          token: string;
          status: string;
          free?: number;
          total?: number;
          queue?: number;
          note?: string;
          observedAt?: string;
          json?: boolean;
        },
      ) => {
        const body = {
          status: options.status,
          freeGpus: options.free ?? null,
          totalGpus: options.total ?? null,
          queueLength: options.queue ?? null,
          note: options.note ?? null,
          ...(options.observedAt ? { observedAt: options.observedAt } : {}),
        };
        const report = await call<CapacityReport>(options.url, `/api/hardware/${encodeURIComponent(slug)}/capacity`, {
          method: 'POST',
          headers: { authorization: `Bearer ${options.token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        if (!report) return;
        console.log(options.json ? JSON.stringify(report, null, 2) : `${slug}: ${capacityLine(report)}`);
      },
    );
}
