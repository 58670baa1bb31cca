import { serve, type ServerType } from '@hono/node-server';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../functions/app';
import { createTestDb } from '../../../test/helpers/db';
import { EXIT_BAD_FILE, EXIT_UNAVAILABLE } from './onnx';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const MODELS = join(ROOT, 'public/models');
const scratch = mkdtempSync(join(tmpdir(), 'hub-onnx-cli-'));

/** Runs `node cli/bin/hub.mjs onnx inspect …` as a user would. */
function hub(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['cli/bin/hub.mjs', 'onnx', 'inspect', ...args],
      { cwd: ROOT },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

describe('hub onnx inspect', () => {
  let server: ServerType;
  let hubUrl = '';
  beforeAll(async () => {
    const app = createApp({ db: await createTestDb(), hooks: { clientAddress: () => '127.0.0.1' } });
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    hubUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('prints the report and the coverage matrix of a model and exits 0', async () => {
    const { code, stdout } = await hub(join(MODELS, 'jet-btag-int8.onnx'));
    expect(code).toBe(0);
    expect(stdout).toContain('ONNX model: jet-btag-int8.onnx');
    expect(stdout).toMatch(/jet_features\s+float32\s+\[batch, 6\]/);
    expect(stdout).toMatch(/TMVA SOFIE \(ROOT\)\s+\S+ @ \w+\s+fails: DequantizeLinear, QuantizeLinear/);
    expect(stdout).toContain('Nodes (20)');
  });

  it('leaves the node list out with --no-nodes', async () => {
    const { code, stdout } = await hub(join(MODELS, 'pid-dedx.onnx'), '--no-nodes');
    expect(code).toBe(0);
    expect(stdout).not.toContain('Nodes (');
    expect(stdout).toMatch(/hls4ml\s+.*\s+runs\n/);
  });

  it('prints the API body with --json', async () => {
    const { code, stdout } = await hub(join(MODELS, 'pid-dedx.onnx'), '--json');
    expect(code).toBe(0);
    const body = JSON.parse(stdout);
    expect(body.report.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(body.coverage.engines.every((e: { status: string }) => e.status === 'runs')).toBe(true);
  });

  it('gives the same JSON through a hub with --url as locally', async () => {
    const file = join(MODELS, 'l1-anomaly-ae.onnx');
    const [local, remote] = await Promise.all([hub(file, '--json'), hub(file, '--json', '--url', hubUrl)]);
    expect(remote.code).toBe(0);
    expect(JSON.parse(remote.stdout)).toEqual(JSON.parse(local.stdout));
  });

  it('exits 1 with the inspector message for a truncated file, locally and through a hub', async () => {
    const bytes = readFileSync(join(MODELS, 'jet-btag.onnx'));
    const file = join(scratch, 'cut.onnx');
    writeFileSync(file, bytes.subarray(0, 1000));
    for (const extra of [[], ['--url', hubUrl]]) {
      const { code, stdout, stderr } = await hub(file, ...extra);
      expect(code).toBe(EXIT_BAD_FILE);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/cut\.onnx: .*truncated.*\(truncated\)/);
    }
  });

  it('exits 1 for a PNG and for a file that does not exist', async () => {
    const png = join(scratch, 'picture.onnx');
    writeFileSync(png, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const notOnnx = await hub(png);
    expect(notOnnx.code).toBe(EXIT_BAD_FILE);
    expect(notOnnx.stderr).toMatch(/\(not_onnx\)/);
    const missing = await hub(join(scratch, 'nope.onnx'));
    expect(missing.code).toBe(EXIT_BAD_FILE);
    expect(missing.stderr).toMatch(/Cannot read .*nope\.onnx: ENOENT/);
  });

  it('exits 2 when the hub given with --url cannot be reached', async () => {
    const { code, stderr } = await hub(join(MODELS, 'pid-dedx.onnx'), '--url', 'http://127.0.0.1:9');
    expect(code).toBe(EXIT_UNAVAILABLE);
    expect(stderr).toMatch(/Could not reach http:\/\/127\.0\.0\.1:9/);
  });
});
