import { Option, type Command } from 'commander';
import { readFileSync } from 'node:fs';
import { parseEventBody } from '../../../functions/events/envelope';
import { EVENT_SCHEMAS } from '../../../functions/events/schemas';
import { randomId } from '../../../src/lib/tokens';
import { parseRetryAfter, signStandard } from '../../../src/lib/webhooks';

/** Exit codes of `hub event send`, for CI scripts. */
export const EXIT = { accepted: 0, rejected: 1, unreachable: 2 } as const;

export interface SendEventOptions {
  url: string;
  source: string;
  secret: string;
  type: string;
  /** The event's `data`, as JSON text. */
  data: string;
  id?: string;
  retries: number;
  timeoutMs: number;
}

export interface SendEventDeps {
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  now: () => Date;
  log: (line: string) => void;
  random: () => number;
}

const defaultDeps: SendEventDeps = {
  fetch: (...args) => fetch(...args),
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  now: () => new Date(),
  log: (line) => console.error(line),
  random: Math.random,
};

/** Retry these: the hub (or a proxy) was briefly unable, not unwilling. */
const TRANSIENT = new Set([408, 425, 429, 500, 502, 503, 504]);

/**
 * Signs one event (Standard Webhooks) and posts it to the hub, retrying network errors and
 * 5xx with exponential backoff under the SAME webhook-id, so the hub stores it at most once.
 * Resolves with the exit code: 0 stored (or stored before), 1 refused, 2 unreachable.
 */
export async function sendEvent(options: SendEventOptions, deps: SendEventDeps = defaultDeps): Promise<number> {
  const id = options.id ?? randomId('msg_', 16);
  const body = `{"type":${JSON.stringify(options.type)},"timestamp":${JSON.stringify(deps.now().toISOString())},"data":${options.data}}`;
  const local = parseEventBody(body);
  if (!local.ok && local.code !== 'unknown_event_type' && local.code !== 'unknown_schema_version') {
    deps.log(`error: not sent: ${local.message}`);
    for (const issue of local.issues ?? []) deps.log(`  ${issue.path}: ${issue.message}`);
    return EXIT.rejected;
  }
  const endpoint = new URL(`/api/hooks/${encodeURIComponent(options.source)}`, options.url);
  for (let attempt = 1; ; attempt++) {
    let wait: number;
    try {
      // Re-signed on every attempt so a retry after a long wait is still inside the ±300 s window.
      const timestamp = Math.floor(deps.now().getTime() / 1000);
      const signature = await signStandard({ secret: options.secret, id, timestamp, body });
      const response = await deps.fetch(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'webhook-id': id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signature,
        },
        body,
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      const text = await response.text();
      const json = (() => {
        try {
          return JSON.parse(text) as Record<string, any>;
        } catch {
          return undefined;
        }
      })();
      if (response.ok) {
        deps.log(
          json?.duplicate
            ? `accepted before (duplicate ${id}): event ${json.eventId}`
            : `accepted ${json?.type ?? options.type} as event ${json?.eventId} (delivery ${id})`,
        );
        return EXIT.accepted;
      }
      const message = json?.error?.message ?? text.slice(0, 300);
      if (!TRANSIENT.has(response.status)) {
        deps.log(`error: the hub refused the event (HTTP ${response.status}): ${message}`);
        for (const issue of json?.error?.details?.issues ?? []) deps.log(`  ${issue.path}: ${issue.message}`);
        return EXIT.rejected;
      }
      deps.log(`attempt ${attempt}: HTTP ${response.status}: ${message}`);
      wait = (parseRetryAfter(response.headers.get('retry-after'), deps.now()) ?? 0) * 1000;
    } catch (error) {
      const e = error as Error & { cause?: { code?: string } };
      deps.log(
        `attempt ${attempt}: ${e.name === 'TimeoutError' ? `no answer in ${options.timeoutMs} ms` : (e.cause?.code ?? e.message)}`,
      );
      wait = 0;
    }
    if (attempt > options.retries) {
      deps.log(
        `error: gave up after ${attempt} attempts; send again with --id ${id} (the hub ignores a delivery it already stored)`,
      );
      return EXIT.unreachable;
    }
    const backoff = Math.min(30_000, 1000 * 2 ** (attempt - 1)) * (0.5 + deps.random() / 2);
    await deps.sleep(Math.min(Math.max(wait, backoff), 60_000));
  }
}

function readData(file: string): string {
  const text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  try {
    const value = JSON.parse(text) as unknown;
    if (!value || typeof value !== 'object' || Array.isArray(value))
      throw new Error('the payload must be a JSON object (the event\'s "data")');
    return JSON.stringify(value);
  } catch (error) {
    throw new Error(`${file === '-' ? 'stdin' : file}: ${(error as Error).message}`);
  }
}

export function registerEventCommands(program: Command) {
  const event = program
    .command('event')
    .description('Lifecycle events: report CI jobs and results to a hub (signed webhooks)');

  event
    .command('send')
    .description('Sign an event and deliver it; exit 0 = stored, 1 = refused, 2 = hub unreachable (after retries)')
    .addOption(new Option('--url <url>', 'hub origin').env('HUB_URL').makeOptionMandatory())
    .addOption(new Option('--source <id>', 'webhook source id (src_…)').env('HUB_WEBHOOK_SOURCE').makeOptionMandatory())
    .option('--secret <whsec>', 'source secret (prefer --secret-env: arguments show up in process lists)')
    .option('--secret-env <name>', 'environment variable holding the source secret', 'HUB_WEBHOOK_SECRET')
    .requiredOption('--type <type>', `event type, e.g. job.succeeded (or job.succeeded@1); see "hub event types"`)
    .requiredOption('--file <path>', 'JSON file with the event data ("-" for stdin)')
    .option('--id <id>', 'delivery id; reuse it to resend the same event safely (default: a new msg_… id)')
    .option('--retries <n>', 'retries after network errors and 5xx', (v) => Number.parseInt(v, 10), 5)
    .option('--timeout <seconds>', 'per-attempt timeout', (v) => Number.parseFloat(v), 30)
    .action(
      async (o: {
        url: string;
        source: string;
        secret?: string;
        secretEnv: string;
        type: string;
        file: string;
        id?: string;
        retries: number;
        timeout: number;
      }) => {
        const secret = o.secret ?? process.env[o.secretEnv];
        if (!secret) throw new Error(`no secret: pass --secret, or set ${o.secretEnv}`);
        process.exitCode = await sendEvent({
          url: o.url,
          source: o.source,
          secret,
          type: o.type,
          data: readData(o.file),
          ...(o.id ? { id: o.id } : {}),
          retries: o.retries,
          timeoutMs: o.timeout * 1000,
        });
      },
    );

  event
    .command('types')
    .description('List the event types and schema versions this CLI knows')
    .action(() => {
      for (const e of EVENT_SCHEMAS)
        console.log(`${`${e.type}@${e.version}`.padEnd(32)} ${e.description.split('. ')[0]}`);
    });

  event
    .command('example <type>')
    .description('Print an example payload (the "data") for a type, to start a --file from')
    .action((type: string) => {
      const entry = EVENT_SCHEMAS.find((e) => e.type === type.split('@')[0]);
      if (!entry) throw new Error(`unknown event type "${type}"; see "hub event types"`);
      console.log(JSON.stringify(entry.example, null, 2));
    });
}
