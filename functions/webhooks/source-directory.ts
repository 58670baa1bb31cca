import type { Db } from '../../db/client';
import { getWebhookSource } from '../../db/queries/webhook-sources';
import type { WebhookSource } from '../../db/schema';
import { decryptSecret } from '../../src/lib/webhooks';

interface Entry {
  loadedAt: number;
  source: WebhookSource;
  current: string;
  previous: string | null;
}

export interface ActiveSecrets {
  source: WebhookSource;
  /** Secrets that verify right now: the current one, plus the previous one during a rotation overlap. */
  secrets: string[];
}

/**
 * Sources with their decrypted secrets, kept for a few seconds so a burst of deliveries costs
 * one read and one decryption. Writes made through this app call `forget` at once; the TTL
 * bounds how long another process (or edge isolate) can lag behind a rotation or a disable.
 * The overlap end is checked on every call, so an old secret stops verifying on time.
 */
export class SourceDirectory {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly serverKey: () => Promise<CryptoKey>,
    private readonly ttlMs = 5_000,
    private readonly maxEntries = 1_000,
  ) {}

  async get(db: Db, id: string, now: Date): Promise<ActiveSecrets | undefined> {
    let entry = this.entries.get(id);
    if (!entry || now.getTime() - entry.loadedAt > this.ttlMs) {
      const source = await getWebhookSource(db, id);
      if (!source) {
        this.entries.delete(id);
        return undefined;
      }
      const key = await this.serverKey();
      entry = {
        loadedAt: now.getTime(),
        source,
        current: await decryptSecret(key, source.secretBox, source.id),
        previous: source.previousSecretBox ? await decryptSecret(key, source.previousSecretBox, source.id) : null,
      };
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(id, entry);
    }
    const { source } = entry;
    const overlap =
      entry.previous !== null &&
      source.previousSecretExpiresAt !== null &&
      source.previousSecretExpiresAt.getTime() > now.getTime();
    return { source, secrets: overlap ? [entry.current, entry.previous!] : [entry.current] };
  }

  forget(id: string): void {
    this.entries.delete(id);
  }
}
