import { lookup } from 'node:dns/promises';

/** Every address a hostname resolves to, as the HTTP client would see them (for SSRF checks). */
export async function resolveHost(hostname: string): Promise<string[]> {
  const results = await lookup(hostname, { all: true, verbatim: true });
  return results.map((r) => r.address);
}
