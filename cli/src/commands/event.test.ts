import { serve } from '@hono/node-server';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { addModel, createLifecycleHub, sourceFor, type LifecycleHub } from '../../../test/helpers/lifecycle';
import { EXIT, sendEvent, type SendEventDeps } from './event';

let hub: LifecycleHub;
let source: { id: string; secret: string };
let slug: string;
const lines: string[] = [];
const sleeps: number[] = [];

beforeEach(async () => {
  hub = await createLifecycleHub();
  slug = (await addModel(hub.db, 'cms')).slug;
  source = await sourceFor(hub, 'cms');
  lines.length = 0;
  sleeps.length = 0;
});

/** The CLI talking to the real app, with an optional failure script in front of it. */
function deps(
  script: (n: number) => Response | Error | undefined = () => undefined,
): SendEventDeps & { ids: string[] } {
  const ids: string[] = [];
  let n = 0;
  return {
    ids,
    fetch: (async (url: URL, init: RequestInit) => {
      ids.push(new Headers(init.headers).get('webhook-id')!);
      const scripted = script(++n);
      if (scripted instanceof Error) throw scripted;
      if (scripted) return scripted;
      return hub.app.request(url.pathname, init);
    }) as typeof fetch,
    sleep: async (ms) => void sleeps.push(ms),
    now: () => new Date(),
    log: (line) => void lines.push(line),
    random: () => 0.5,
  };
}

const options = (extra: Partial<Parameters<typeof sendEvent>[0]> = {}) => ({
  url: 'http://hub.test',
  source: source.id,
  secret: source.secret,
  type: 'job.started',
  data: JSON.stringify({ job: { id: '42', kind: 'training', model: slug } }),
  retries: 3,
  timeoutMs: 5000,
  ...extra,
});

describe('hub event send', () => {
  it('exits 0 when the hub stores the event, and 0 again (duplicate) for the same --id', async () => {
    expect(await sendEvent(options({ id: 'msg_cli_1' }), deps())).toBe(EXIT.accepted);
    expect(lines.at(-1)).toMatch(/^accepted job.started@1 as event \d+ \(delivery msg_cli_1\)$/);
    expect(await sendEvent(options({ id: 'msg_cli_1' }), deps())).toBe(EXIT.accepted);
    expect(lines.at(-1)).toMatch(/duplicate msg_cli_1/);
  });

  it('exits 1 with the reason when the hub refuses the event (422)', async () => {
    const code = await sendEvent(
      options({ data: JSON.stringify({ job: { id: '1', kind: 'training', model: 'unknown-model' } }) }),
      deps(),
    );
    expect(code).toBe(EXIT.rejected);
    expect(lines.join('\n')).toContain('HTTP 422');
    expect(lines.join('\n')).toContain('data.job.model: Unknown model.');
  });

  it('exits 1 without sending when the payload fails the schema locally', async () => {
    const d = deps();
    expect(await sendEvent(options({ data: '{"job":{}}' }), d)).toBe(EXIT.rejected);
    expect(d.ids).toEqual([]);
  });

  it('retries 5xx and network errors with backoff under the same webhook-id, then succeeds', async () => {
    const d = deps((n) =>
      n === 1
        ? new Response('busy', { status: 503, headers: { 'retry-after': '3' } })
        : n === 2
          ? new TypeError('fetch failed')
          : undefined,
    );
    expect(await sendEvent(options(), d)).toBe(EXIT.accepted);
    expect(d.ids).toHaveLength(3);
    expect(new Set(d.ids).size).toBe(1);
    expect(sleeps).toEqual([3000, 1500]);
  });

  it('exits 2 when the hub stays unreachable after the retries', async () => {
    const d = deps(() => new TypeError('fetch failed'));
    expect(await sendEvent(options({ retries: 2 }), d)).toBe(EXIT.unreachable);
    expect(d.ids).toHaveLength(3);
    expect(lines.at(-1)).toContain(`--id ${d.ids[0]}`);
  });

  it('works as a real command: signs, posts over HTTP and sets the exit code', async () => {
    const server = serve({ fetch: hub.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => server.once('listening', r));
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const dir = mkdtempSync(join(tmpdir(), 'hub-cli-'));
    const file = join(dir, 'payload.json');
    writeFileSync(file, JSON.stringify({ job: { id: '7', kind: 'evaluation', model: slug } }));
    const bin = fileURLToPath(new URL('../../bin/hub.mjs', import.meta.url));
    const run = (type: string) =>
      promisify(execFile)(
        process.execPath,
        [bin, 'event', 'send', '--url', url, '--source', source.id, '--type', type, '--file', file],
        {
          env: { ...process.env, HUB_WEBHOOK_SECRET: source.secret },
        },
      ).then(
        (r) => ({ code: 0, stderr: r.stderr }),
        (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
      );
    try {
      const ok = await run('job.queued');
      expect(ok.code).toBe(0);
      expect(ok.stderr).toContain('accepted job.queued@1');
      const refused = await run('job.teleported');
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('Unknown event type');
    } finally {
      server.close();
    }
  }, 30_000);
});
