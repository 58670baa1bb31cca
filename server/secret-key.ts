import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The server key that encrypts webhook secrets at rest: `HUB_SECRET_KEY` when set, else a key
 * generated once into a file beside the database (`data/secret.key` by default) and reused on
 * every start. Losing it makes stored webhook secrets unreadable (sources must be rotated),
 * so it is written once, never overwritten, readable by the owner only.
 */
export function resolveServerKey(options: {
  envKey: string | undefined;
  keyFile: string | undefined;
  databaseUrl: string;
  log?: (m: string) => void;
}): string {
  if (options.envKey) return options.envKey;
  const file = resolve(options.keyFile ?? defaultKeyFile(options.databaseUrl));
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const key = randomBytes(32).toString('base64');
  writeFileSync(file, `${key}\n`, { flag: 'wx', mode: 0o600 });
  chmodSync(file, 0o600);
  (options.log ?? console.log)(
    `[webhooks] generated a server key into ${file}; keep it (and back it up) with the database, or set HUB_SECRET_KEY`,
  );
  return key;
}

function defaultKeyFile(databaseUrl: string): string {
  if (databaseUrl.startsWith('file:')) {
    const path = databaseUrl.slice('file:'.length).split('?')[0]!;
    if (path && path !== ':memory:') return join(dirname(path), 'secret.key');
  }
  return join('data', 'secret.key');
}
