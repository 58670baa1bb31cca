import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../db/queries/tokens';
import { openDatabase } from '../../server/database';
import { startHub, type RunningHub } from '../helpers/hub-server';

/**
 * /docs/mlflow/ as built and served by the Node host: it shows what an MLflow user needs (the
 * environment, MlflowClient calls, curl, the limits, the webhook set-up), the site links to it,
 * and its shell snippets (`<pre data-snippet data-lang="sh">`) run as written against the hub.
 * Needs bash, curl and jq, like test/host/docs-snippets.test.ts.
 */

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

function bash(script: string, env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'hub-mlflow-doc-'));
  const file = join(dir, 'step.sh');
  writeFileSync(file, script);
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      rmSync(dir, { recursive: true, force: true });
      resolve({ code: code ?? 1, stdout, stderr });
    });
  });
}

describe('/docs/mlflow/ on the Node host', () => {
  let hub: RunningHub;
  let admin = '';
  let writer = '';
  let html = '';
  let page = new Map<string, { lang: string; text: string }>();

  beforeAll(async () => {
    hub = await startHub();
    const { client, db } = await openDatabase(hub.databaseUrl);
    admin = (await createToken(db, { name: 'mlflow docs admin', scopes: ['admin'], groupId: 'it' })).secret;
    writer = (await createToken(db, { name: 'mlflow docs writer', scopes: ['write'], groupId: 'atlas' })).secret;
    client.close();
    const res = await fetch(`${hub.url}/docs/mlflow/`);
    expect(res.status).toBe(200);
    html = await res.text();
    page = snippets(html);
  }, 300_000);

  afterAll(async () => {
    await hub?.stop();
  });

  it('shows the environment, the MlflowClient calls, the limits and the webhook set-up, and is linked from the site', async () => {
    expect([...page].map(([name, s]) => `${name}:${s.lang}`).sort()).toEqual([
      'mlflow-curl:sh',
      'mlflow-environment:sh',
      'mlflow-python:python',
      'mlflow-source:sh',
      'mlflow-webhook:python',
    ]);
    const env = page.get('mlflow-environment')!.text;
    for (const name of [
      'MLFLOW_REGISTRY_URI',
      'MLFLOW_TRACKING_TOKEN',
      'MLFLOW_TRACKING_USERNAME',
      'MLFLOW_TRACKING_PASSWORD',
    ])
      expect(env).toContain(name);
    const python = page.get('mlflow-python')!.text;
    for (const call of [
      'create_registered_model(',
      'create_model_version(',
      'source="s3://',
      'set_registered_model_alias(',
      'search_model_versions(',
    ])
      expect(python).toContain(call);
    const webhook = page.get('mlflow-webhook')!.text;
    expect(webhook).toContain('create_webhook(');
    expect(webhook).toMatch(/url="https?:\/\/[^"]+\/api\/hooks\/src_…"/);
    expect(webhook).toContain('secret="whsec_…"');
    const text = decode(html);
    expect(text).toContain('runs:/');
    expect(text).toContain('models:/');
    expect(text).toContain('INVALID_PARAMETER_VALUE');
    expect(await (await fetch(`${hub.url}/docs/api/`)).text()).toContain('href="/docs/mlflow/"');
  });

  it('mlflow-curl: creates the model and version, sets the alias and finds the version by search', async () => {
    const run = await bash(page.get('mlflow-curl')!.text, { HUB_URL: hub.url, MLFLOW_TRACKING_TOKEN: writer });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('1 s3://ml-models/gn2-tagger/3/model.onnx');
    const model = await fetch(`${hub.url}/api/models/gn2-tagger`);
    expect(await model.json()).toMatchObject({ slug: 'gn2-tagger', ownerGroup: 'atlas' });
    const alias = await fetch(`${hub.url}/api/models/gn2-tagger/aliases/staging/version`);
    expect(((await alias.json()) as { version: number }).version).toBe(1);
  });

  it('mlflow-source: the admin curl creates a source that accepts MLflow signatures', async () => {
    const run = await bash(page.get('mlflow-source')!.text, { HUB_URL: hub.url, ADMIN_TOKEN: admin });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ group: 'atlas', schemes: ['mlflow'] });
  });
});
