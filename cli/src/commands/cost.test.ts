import { serve, type ServerType } from '@hono/node-server';
import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../functions/app';
import type { Estimate } from '../../../src/lib/costs';
import { insertTestPriceVersion } from '../../../test/factories';
import { createTestDb } from '../../../test/helpers/db';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const EXAMPLE = [
  '--dataset-tb',
  '20',
  '--gpu',
  'A100-80GB',
  '--gpus',
  '4',
  '--hours',
  '36',
  '--jobs',
  '50',
  '--egress',
  '2',
];

/** Runs `node cli/bin/hub.mjs cost estimate …` as a user would. */
function hub(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['cli/bin/hub.mjs', 'cost', 'estimate', ...args],
      { cwd: ROOT },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

describe('hub cost estimate', () => {
  it('prints the breakdown table for the 20 TB example offline, with the seed prices', async () => {
    const { code, stdout } = await hub(...EXAMPLE);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Cost estimate with price version prices-2026-11 (effective 2026-11-01)');
    expect(lines.slice(3, 8)).toEqual([
      'option                             compute  storage   transfer       total',
      'AWS us-east-1                   $49,404.69  $471.04  $3,523.80  $53,399.53',
      'Google Cloud us-central1        $21,209.90  $409.60  $3,594.24  $25,213.74',
      'Azure eastus                    $58,986.00    $0.00  $3,437.01  $62,423.01  incomplete',
      // The built-in on-prem rate is a placeholder: shown, never ranked (issue 15).
      'On-premises (placeholder rate)   $7,200.00  $100.00      $0.00   $7,300.00  placeholder: not ranked',
    ]);
    // Only priced options compete: the cheapest is the cloud, not the placeholder on-prem rate.
    expect(stdout).toContain('Cheapest: Google Cloud us-central1 $25,213.74');
    expect(stdout).not.toContain('Cheapest: On-premises');
    expect(stdout).toMatch(
      /\[1\] aws:us-east-1:gpu_vm:p4de\.24xlarge: skypilot-catalog v8 aws\/vms\.csv \(commit 00148f2a\); retrieved 2026-11/,
    );
  });

  it('prints JSON with --json, honouring spot share, providers and the on-prem rate', async () => {
    const { code, stdout } = await hub(
      ...EXAMPLE,
      '--spot',
      '0.5',
      '--providers',
      'aws,on-prem',
      '--on-prem-rate',
      '1.2',
      '--json',
    );
    expect(code).toBe(0);
    const e = JSON.parse(stdout) as Estimate;
    expect(e.campaign.spotShare).toBe(0.5);
    expect(e.options.map((o) => o.id)).toEqual(['aws:us-east-1', 'on-prem']);
    expect(e.options[1]?.totalUsd).toBe(7200 * 1.2 + 100);
    expect(e.options[1]?.components[0]?.priceRow.source).toMatch(/^given on the command line: an assumption/);
  });

  it('exits 2 and lists the known GPUs for an unknown GPU', async () => {
    const { code, stdout, stderr } = await hub('--dataset-tb', '1', '--gpu', 'V100', '--hours', '1');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'error: --gpu: unknown GPU type "V100". Known GPU types: A100-40GB, A100-80GB, H100-80GB, L4, T4\n',
    );
  });

  it('exits 2 naming each bad or missing option', async () => {
    const missing = await hub('--gpu', 'L4', '--spot', '2');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      'error: --dataset-tb: required\n  --hours: required\n  --spot: Too big: expected number to be <=1\n',
    );
    const notNumber = await hub('--dataset-tb', 'lots', '--gpu', 'L4', '--hours', '1');
    expect(notNumber.code).toBe(2);
    expect(notNumber.stderr).toBe('error: --dataset-tb: expected a number, got "lots"\n');
  });

  describe('with --url', () => {
    let server: ServerType;
    let url: string;

    beforeAll(async () => {
      const db = await createTestDb();
      await insertTestPriceVersion(db);
      const app = createApp({
        db,
        config: { onPrem: { usdPerGpuHour: 0.5, usdPerTbMonth: 3, source: 'lab accounting 2026' } },
      });
      await new Promise<void>((resolve) => {
        server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
      });
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('asks the hub, which prices on-prem at its configured rate', async () => {
      const { code, stdout } = await hub(...EXAMPLE, '--url', url);
      expect(code).toBe(0);
      expect(stdout).toContain('Google Cloud us-central1    $21,209.90  $409.60  $3,594.24  $25,213.74');
      expect(stdout).toMatch(/On-premises \(assumed rate\) +\$3,600\.00 +\$60\.00 +\$0\.00 +\$3,660\.00/);
      expect(stdout).toContain('lab accounting 2026');
    });

    it("exits 2 with the hub's list of known GPUs, and 1 when the hub cannot be reached", async () => {
      const bad = await hub('--dataset-tb', '1', '--gpu', 'V100', '--hours', '1', '--url', url);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('Known GPU types: A100-40GB, A100-80GB, H100-80GB, L4, T4');
      const down = await hub(...EXAMPLE, '--url', 'http://127.0.0.1:1');
      expect(down.code).toBe(1);
      expect(down.stderr).toMatch(/^error: could not reach http:\/\/127\.0\.0\.1:1/);
    });
  });
});
