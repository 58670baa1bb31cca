import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { createToken } from '../../db/queries/tokens';
import { openDatabase } from '../../server/database';
import { startHub, type RunningHub } from '../helpers/hub-server';

/**
 * The snippets people copy from /docs/events/ and the README, run as written: extracted from
 * the built page's HTML (`<pre data-snippet data-lang>`) and from the README (a fenced block
 * after `<!-- snippet: name -->`), executed with bash against the running hub with a real
 * source and secret; CI YAML is parsed and its `run:` / `script:` lines are executed with the
 * variables GitHub Actions and GitLab CI set. Needs bash, curl, jq, openssl, base64 (.ci/run).
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SHA = '3f2a9c1e5b7d4f6a8c0e2b4d6f8a0c2e4b6d8f0a';

interface Snippet {
  name: string;
  lang: string;
  text: string;
}

/** The entities Astro's escaping writes, and numeric ones; anything else fails loudly. */
function decodeHtml(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
    const value = named[code.toLowerCase()];
    if (value === undefined) throw new Error(`unexpected entity ${entity} in a snippet`);
    return value;
  });
}

function snippetsFromHtml(html: string): Snippet[] {
  const out: Snippet[] = [];
  for (const match of html.matchAll(/<pre\b([^>]*)>\s*<code\b[^>]*>([\s\S]*?)<\/code>\s*<\/pre>/g)) {
    const attrs = match[1]!;
    const name = /\bdata-snippet="([^"]+)"/.exec(attrs)?.[1];
    if (!name) continue;
    const lang = /\bdata-lang="([^"]+)"/.exec(attrs)?.[1] ?? '';
    out.push({ name, lang, text: decodeHtml(match[2]!.replace(/<[^>]+>/g, '')) });
  }
  return out;
}

function snippetsFromMarkdown(markdown: string): Snippet[] {
  return [...markdown.matchAll(/<!-- snippet: ([\w-]+)[^>]*-->\s*\n```(\w+)\n([\s\S]*?)\n```/g)].map((m) => ({
    name: m[1]!,
    lang: m[2]!,
    text: m[3]!,
  }));
}

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a script with bash as CI would (`-e -o pipefail`), in `cwd`, with exactly `env`. */
function bash(script: string, cwd: string, env: Record<string, string>): Promise<RunResult> {
  const file = join(cwd, `.step-${Math.random().toString(36).slice(2)}.sh`);
  writeFileSync(file, script);
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

describe('documented snippets, run against a running hub', () => {
  let hub: RunningHub;
  let admin = '';
  let page: Snippet[] = [];
  let readme: Snippet[] = [];
  const workDirs: string[] = [];

  const api = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${hub.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${admin}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, json: (await res.json()) as any };
  };

  /** A fresh source of group cms, as an admin creates it. */
  const newSource = async (name: string) => {
    const res = await api('POST', '/api/webhooks/sources', { name, group: 'cms' });
    expect(res.status).toBe(201);
    return { id: res.json.id as string, secret: res.json.secret as string };
  };

  const deliveries = async (sourceId: string) =>
    (await api('GET', `/api/webhooks/sources/${sourceId}/deliveries`)).json.items as {
      deliveryId: string;
      status: string;
      eventType: string | null;
      error: unknown;
    }[];

  const versionCount = async () => (await api('GET', '/api/models/jet-tagger')).json.versionCount as number;

  /**
   * A job's working directory: the hub CLI is installed there (node_modules, as in a checkout
   * after npm ci), and `python` on PATH stands in for the user's own training script.
   */
  const workspace = (training: 'succeeds' | 'fails' = 'succeeds') => {
    const dir = mkdtempSync(join(tmpdir(), 'hub-snippet-'));
    workDirs.push(dir);
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const bin = join(dir, '.bin');
    mkdirSync(bin);
    writeFileSync(
      join(bin, 'python'),
      training === 'succeeds'
        ? '#!/bin/sh\necho "python $*" >&2\necho 0.951 > auc.txt\n: > model.onnx\n'
        : '#!/bin/sh\necho "CUDA out of memory" >&2\nexit 1\n',
    );
    chmodSync(join(bin, 'python'), 0o755);
    const env: Record<string, string> = {
      PATH: `${bin}:${process.env.PATH}`,
      HOME: process.env.HOME ?? dir,
      // Never fetch: the CLI must come from the local install the snippet documents.
      npm_config_offline: 'true',
      npm_config_update_notifier: 'false',
      npm_config_fund: 'false',
    };
    return { dir, env };
  };

  const snippet = (list: Snippet[], name: string) => {
    const found = list.find((s) => s.name === name);
    if (!found) throw new Error(`no snippet "${name}" (found: ${list.map((s) => s.name).join(', ')})`);
    return found;
  };

  beforeAll(async () => {
    hub = await startHub();
    const { client, db } = await openDatabase(hub.databaseUrl);
    admin = (await createToken(db, { name: 'docs snippets test', scopes: ['admin'], groupId: 'it' })).secret;
    client.close();
    // l1-anomaly-ae, which the mapping example names, is one of the seeded demo models.
    const model = await api('POST', '/api/models', {
      slug: 'jet-tagger',
      name: 'Jet tagger',
      summary: 'A model the documentation snippets report on.',
      task: 'jet-tagging',
      ownerGroup: 'cms',
    });
    expect(model.status).toBe(201);
    const dataset = await api('POST', '/api/datasets', {
      slug: 'jet-images',
      name: 'Jet images',
      summary: 'Jet images the snippets train on.',
      format: 'root',
      ownerGroup: 'cms',
    });
    expect(dataset.status).toBe(201);
    const version = await api('POST', '/api/datasets/jet-images/versions', {
      version: 'v1',
      bytes: 1_000_000,
      fileCount: 10,
      replicas: [{ uri: 'root://eospublic.cern.ch//eos/ml/jet-images/v1/' }],
    });
    expect(version.status).toBe(201);

    const res = await fetch(`${hub.url}/docs/events/`);
    expect(res.status).toBe(200);
    page = snippetsFromHtml(await res.text());
    readme = snippetsFromMarkdown(readFileSync(join(ROOT, 'README.md'), 'utf8'));
  }, 300_000);

  afterAll(async () => {
    await hub?.stop();
    for (const dir of workDirs) rmSync(dir, { recursive: true, force: true });
  });

  it('finds every snippet on the page and in the README, each marked with its language', () => {
    expect(page.map((s) => `${s.name}:${s.lang}`).sort()).toEqual([
      'cli-send:sh',
      'create-source:sh',
      'curl:sh',
      'github-actions:yaml',
      'gitlab-ci:yaml',
      'set-mappings:sh',
    ]);
    expect(readme.map((s) => `${s.name}:${s.lang}`)).toEqual(['webhooks-cli:sh']);
  });

  it('create-source: the admin curl creates a source and prints its secret', async () => {
    const { dir, env } = workspace();
    const run = await bash(snippet(page, 'create-source').text, dir, { ...env, HUB_URL: hub.url, ADMIN_TOKEN: admin });
    expect(run.code, run.stderr).toBe(0);
    const source = JSON.parse(run.stdout);
    expect(source).toMatchObject({ group: 'cms', status: 'active' });
    expect(source.secret).toMatch(/^whsec_/);
    expect(source.endpoint).toContain(`/api/hooks/${source.id}`);
  });

  it('cli-send: `npx hub event example` + `event send` store a job.started', async () => {
    const source = await newSource('cli-send snippet');
    const { dir, env } = workspace();
    const run = await bash(snippet(page, 'cli-send').text, dir, {
      ...env,
      HUB_URL: hub.url,
      HUB_WEBHOOK_SOURCE: source.id,
      HUB_WEBHOOK_SECRET: source.secret,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(await deliveries(source.id)).toEqual([
      expect.objectContaining({ deliveryId: 'ci-1234-started', status: 'accepted', eventType: 'job.started@1' }),
    ]);
  });

  it('curl: the openssl-signed Standard Webhooks delivery is accepted and stored', async () => {
    const source = await newSource('curl snippet');
    const { dir, env } = workspace();
    const run = await bash(snippet(page, 'curl').text, dir, {
      ...env,
      HUB_URL: hub.url,
      HUB_WEBHOOK_SOURCE: source.id,
      HUB_WEBHOOK_SECRET: source.secret,
      JOB_ID: '81234',
    });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ type: 'job.started@1', duplicate: false });
    expect(await deliveries(source.id)).toEqual([
      expect.objectContaining({ deliveryId: 'ci-81234-started', status: 'accepted', eventType: 'job.started@1' }),
    ]);
  });

  it('set-mappings: the PATCH with two rules is accepted and the source shows them', async () => {
    const source = await newSource('mappings snippet');
    const { dir, env } = workspace();
    const run = await bash(snippet(page, 'set-mappings').text, dir, {
      ...env,
      HUB_URL: hub.url,
      ADMIN_TOKEN: admin,
      HUB_WEBHOOK_SOURCE: source.id,
    });
    expect(run.code, run.stderr).toBe(0);
    const { mappings } = JSON.parse(run.stdout);
    expect(mappings.map((m: { provider: string; model: string }) => `${m.provider}:${m.model}`)).toEqual([
      'github:l1-anomaly-ae',
      'gitlab:jet-tagger',
    ]);
  });

  /** GitLab CI: before_script + script in one shell, after_script in another with CI_JOB_STATUS. */
  async function runGitlabJob(training: 'succeeds' | 'fails', jobId: string) {
    const doc = parseYaml(snippet(page, 'gitlab-ci').text) as Record<string, any>;
    const job = doc.train as { before_script?: string[]; script: string[]; after_script?: string[] };
    const yamlVariables = (doc.variables ?? {}) as Record<string, string>;
    // GitLab expands $VARS inside variable values; these have none, so the emulation stays exact.
    for (const value of Object.values(yamlVariables)) expect(String(value)).not.toContain('$');
    const source = await newSource(`gitlab ${jobId}`);
    const { dir, env } = workspace(training);
    const ciEnv: Record<string, string> = {
      ...env,
      ...yamlVariables,
      // Project CI/CD variables, which take precedence over the YAML's.
      HUB_URL: hub.url,
      HUB_HOME: ROOT,
      HUB_WEBHOOK_SOURCE: source.id,
      HUB_WEBHOOK_SECRET: source.secret,
      CI: 'true',
      GITLAB_CI: 'true',
      CI_SERVER_URL: 'https://gitlab.cern.ch',
      CI_PROJECT_PATH: 'cms-ml/jet-tagger',
      CI_PROJECT_DIR: dir,
      CI_PIPELINE_ID: '91000',
      CI_JOB_ID: jobId,
      CI_JOB_NAME: 'train',
      CI_JOB_URL: `https://gitlab.cern.ch/cms-ml/jet-tagger/-/jobs/${jobId}`,
      CI_COMMIT_SHA: SHA,
      CI_COMMIT_REF_NAME: 'main',
    };
    const main = await bash([...(job.before_script ?? []), ...job.script].join('\n'), dir, ciEnv);
    const status = main.code === 0 ? 'success' : 'failed';
    const after = await bash((job.after_script ?? []).join('\n'), dir, { ...ciEnv, CI_JOB_STATUS: status });
    return { source, main, after, status };
  }

  it('GitLab CI: a successful training job reports job.started and job.succeeded, registering the version', async () => {
    const before = await versionCount();
    const { source, main, after, status } = await runGitlabJob('succeeds', '8123456');
    expect(main.code, main.stderr).toBe(0);
    expect(after.code, after.stderr).toBe(0);
    expect(status).toBe('success');
    const stored = await deliveries(source.id);
    expect(stored.map((d) => [d.deliveryId, d.status, d.eventType]).sort()).toEqual([
      ['gl-8123456-started', 'accepted', 'job.started@1'],
      ['gl-8123456-succeeded', 'accepted', 'job.succeeded@1'],
    ]);
    expect(await versionCount()).toBe(before + 1);
    const versions = (await api('GET', '/api/models/jet-tagger/versions')).json.items as any[];
    const newest = versions.find((v) => v.trainingJob?.ciUrl?.endsWith('/jobs/8123456'));
    expect(newest?.metrics).toEqual([expect.objectContaining({ name: 'auc', value: 0.951, split: 'test' })]);
    expect(newest?.datasets).toEqual([expect.objectContaining({ dataset: 'jet-images', version: 'v1' })]);
  });

  it('GitLab CI: a failed training job reports job.failed from after_script', async () => {
    const { source, main, after, status } = await runGitlabJob('fails', '8123457');
    expect(main.code).not.toBe(0);
    expect(status).toBe('failed');
    expect(after.code, after.stderr).toBe(0);
    const stored = await deliveries(source.id);
    expect(stored.map((d) => [d.deliveryId, d.status, d.eventType]).sort()).toEqual([
      ['gl-8123457-failed', 'accepted', 'job.failed@1'],
      ['gl-8123457-started', 'accepted', 'job.started@1'],
    ]);
  });

  /** GitHub Actions: `${{ vars.* }}` / `${{ secrets.* }}` filled in, steps run in order, `uses:` steps skipped. */
  async function runGithubWorkflow(training: 'succeeds' | 'fails', runId: string) {
    const source = await newSource(`github ${runId}`);
    const vars: Record<string, string> = { HUB_URL: hub.url, HUB_WEBHOOK_SOURCE: source.id, HUB_HOME: ROOT };
    const secrets: Record<string, string> = { HUB_WEBHOOK_SECRET: source.secret };
    const expand = (value: unknown) =>
      String(value).replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => {
        const m = /^(vars|secrets)\.(\w+)$/.exec(expression);
        const found = m ? (m[1] === 'vars' ? vars : secrets)[m[2]!] : undefined;
        if (found === undefined) throw new Error(`the test cannot evaluate \${{ ${expression} }}`);
        return found;
      });
    const doc = parseYaml(snippet(page, 'github-actions').text) as Record<string, any>;
    const [job] = Object.values(doc.jobs as Record<string, any>);
    const { dir, env } = workspace(training);
    const baseEnv: Record<string, string> = {
      ...env,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_RUN_ID: runId,
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SHA: SHA,
      GITHUB_REF_NAME: 'main',
      GITHUB_REPOSITORY: 'cms-ml/jet-tagger',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: dir,
    };
    for (const [k, v] of Object.entries({ ...(doc.env ?? {}), ...(job.env ?? {}) })) baseEnv[k] = expand(v);
    const ran: { name: string; code: number; stderr: string }[] = [];
    let failed = false;
    for (const step of job.steps as Record<string, any>[]) {
      if (step.uses) continue; // actions/checkout: the workspace is the checkout
      const condition = step.if === undefined ? 'success()' : String(step.if).trim();
      if (!['success()', 'failure()', 'always()'].includes(condition)) throw new Error(`unsupported if: ${condition}`);
      if ((condition === 'success()' && failed) || (condition === 'failure()' && !failed)) continue;
      const stepEnv = { ...baseEnv };
      for (const [k, v] of Object.entries(step.env ?? {})) stepEnv[k] = expand(v);
      const result = await bash(expand(step.run), dir, stepEnv);
      ran.push({ name: step.name, code: result.code, stderr: result.stderr });
      if (result.code !== 0) failed = true;
    }
    return { source, ran };
  }

  it('GitHub Actions: a successful run reports job.started and job.succeeded, registering the version', async () => {
    const before = await versionCount();
    const { source, ran } = await runGithubWorkflow('succeeds', '7001');
    expect(ran.map((r) => [r.name, r.code])).toEqual([
      ['Tell the hub the job started', 0],
      ['Train', 0],
      ['Register the version it produced', 0],
    ]);
    const stored = await deliveries(source.id);
    expect(stored.map((d) => [d.deliveryId, d.status, d.eventType]).sort()).toEqual([
      ['gh-7001-1-started', 'accepted', 'job.started@1'],
      ['gh-7001-1-succeeded', 'accepted', 'job.succeeded@1'],
    ]);
    expect(await versionCount()).toBe(before + 1);
  });

  it('GitHub Actions: a failed training step runs the failure() step, which reports job.failed', async () => {
    const { source, ran } = await runGithubWorkflow('fails', '7002');
    expect(ran.map((r) => [r.name, r.code === 0])).toEqual([
      ['Tell the hub the job started', true],
      ['Train', false],
      ['Report a failure', true],
    ]);
    const stored = await deliveries(source.id);
    expect(stored.map((d) => [d.deliveryId, d.status, d.eventType]).sort()).toEqual([
      ['gh-7002-1-failed', 'accepted', 'job.failed@1'],
      ['gh-7002-1-started', 'accepted', 'job.started@1'],
    ]);
  });

  it('README webhooks-cli: creates a source, lists types and stores a job.started', async () => {
    const source = await newSource('readme snippet');
    const { dir, env } = workspace();
    const run = await bash(snippet(readme, 'webhooks-cli').text, dir, {
      ...env,
      HUB_URL: hub.url,
      ADMIN_TOKEN: admin,
      HUB_WEBHOOK_SOURCE: source.id,
      HUB_WEBHOOK_SECRET: source.secret,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/"secret":"whsec_/);
    expect(run.stdout).toContain('job.succeeded@1');
    expect(await deliveries(source.id)).toEqual([
      expect.objectContaining({ deliveryId: 'ci-1234-started', status: 'accepted', eventType: 'job.started@1' }),
    ]);
  });
});
