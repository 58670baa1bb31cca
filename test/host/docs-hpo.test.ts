import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../db/queries/tokens';
import { openDatabase } from '../../server/database';
import { startHub, type RunningHub } from '../helpers/hub-server';

/**
 * /docs/hpo/ as built and served by the Node host: its shell snippets (`<pre data-snippet
 * data-lang="sh">`) run in order, as written, against the hub, with `npx hub` resolving to this
 * checkout's CLI (the `hub` bin of the scratch project they run in).
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const JOURNAL = fileURLToPath(new URL('../fixtures/optuna/journal.log', import.meta.url));

const decode = (html: string) =>
  html.replace(/<[^>]+>/g, '').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    const value = named[code.toLowerCase()];
    if (value === undefined) throw new Error(`unexpected entity ${entity} in a snippet`);
    return value;
  });

function snippets(html: string): Map<string, { lang: string; text: string }> {
  const found = new Map<string, { lang: string; text: string }>();
  for (const m of html.matchAll(/<pre\b([^>]*)>\s*<code\b[^>]*>([\s\S]*?)<\/code>\s*<\/pre>/g)) {
    const name = /\bdata-snippet="([^"]+)"/.exec(m[1]!)?.[1];
    if (name) found.set(name, { lang: /\bdata-lang="([^"]+)"/.exec(m[1]!)?.[1] ?? '', text: decode(m[2]!) });
  }
  return found;
}

describe('/docs/hpo/ on the Node host', () => {
  let hub: RunningHub;
  let dir = '';
  let token = '';
  let page = new Map<string, { lang: string; text: string }>();

  const bash = (script: string) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
      const file = join(dir, 'step.sh');
      writeFileSync(file, script);
      const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], {
        cwd: dir,
        env: {
          PATH: process.env.PATH ?? '/usr/bin:/bin',
          HOME: dir,
          HUB_URL: hub.url,
          HUB_TOKEN: token,
        },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    });

  beforeAll(async () => {
    hub = await startHub();
    const { client, db } = await openDatabase(hub.databaseUrl);
    // The seeded demo model jet-btag belongs to the hub's own group.
    token = (await createToken(db, { name: 'hpo docs writer', scopes: ['write'], groupId: 'hub' })).secret;
    client.close();
    dir = mkdtempSync(join(tmpdir(), 'hub-hpo-doc-'));
    // A project whose only bin is this checkout's CLI: `npx hub` runs it as in a checkout of the hub.
    const bin = join(dir, 'node_modules', '.bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{"name": "hpo-docs-check", "private": true}\n');
    writeFileSync(join(bin, 'hub'), `#!/bin/sh\nexec node ${JSON.stringify(join(ROOT, 'cli/bin/hub.mjs'))} "$@"\n`);
    chmodSync(join(bin, 'hub'), 0o755);
    copyFileSync(JOURNAL, join(dir, 'optuna-journal.log'));
    const res = await fetch(`${hub.url}/docs/hpo/`);
    expect(res.status).toBe(200);
    page = snippets(await res.text());
  }, 300_000);

  afterAll(async () => {
    await hub?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has the set-up, create, trial, Optuna and promote snippets', () => {
    expect([...page].map(([name, s]) => `${name}:${s.lang}`)).toEqual([
      'hpo-environment:sh',
      'hpo-create:sh',
      'hpo-trial:sh',
      'hpo-optuna:python',
      'hpo-import:sh',
      'hpo-promote:sh',
    ]);
    expect(page.get('hpo-optuna')!.text).toContain('JournalFileBackend("optuna-journal.log")');
  });

  // Thirteen CLI runs, each a fresh Node process: minutes on a loaded machine.
  it(
    'runs the shell snippets as written: creates a study, reports two trials, imports a journal, promotes',
    { timeout: 600_000 },
    async () => {
      const created = await bash(page.get('hpo-create')!.text);
      expect(created.code, created.stderr).toBe(0);
      const trials = await bash(page.get('hpo-trial')!.text);
      expect(trials.code, trials.stderr).toBe(0);
      const study = await (await fetch(`${hub.url}/api/models/jet-btag/studies/lr-scan`)).json();
      expect(study).toMatchObject({ trials: { total: 2, COMPLETE: 1, PRUNED: 1 }, bestTrial: { value: 0.41 } });
      const imported = await bash(page.get('hpo-import')!.text);
      expect(imported.code, imported.stderr).toBe(0);
      expect(imported.stdout).toMatch(/imported 5 trials/);
      const promoted = await bash(page.get('hpo-promote')!.text);
      expect(promoted.code, promoted.stderr).toBe(0);
      expect(promoted.stdout).toMatch(/^trial 0 registered as jet-btag v\d+$/m);
    },
  );
});
