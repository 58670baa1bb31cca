import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveServerKey } from './secret-key';

describe('resolveServerKey', () => {
  it('generates a key beside the database once, tells the operator, and reuses it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hub-key-'));
    const logs: string[] = [];
    const first = resolveServerKey({
      envKey: undefined,
      keyFile: undefined,
      databaseUrl: `file:${join(dir, 'hub.db')}`,
      log: (m) => logs.push(m),
    });
    const second = resolveServerKey({
      envKey: undefined,
      keyFile: undefined,
      databaseUrl: `file:${join(dir, 'hub.db')}`,
      log: (m) => logs.push(m),
    });
    expect(first).toHaveLength(44);
    expect(second).toBe(first);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toContain(join(dir, 'secret.key'));
    expect(readFileSync(join(dir, 'secret.key'), 'utf8').trim()).toBe(first);
    expect(statSync(join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
  });

  it('prefers HUB_SECRET_KEY when set', () => {
    expect(
      resolveServerKey({
        envKey: 'x'.repeat(40),
        keyFile: '/nonexistent/never-written',
        databaseUrl: 'file:data/hub.db',
      }),
    ).toBe('x'.repeat(40));
  });
});
