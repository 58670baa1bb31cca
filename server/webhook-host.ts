import type { AppHooks } from '../functions/env';
import { hmacSha256 } from './hmac';
import { resolveHost } from './resolve-host';
import { WriteThread } from './write-thread';

export interface WebhookHost {
  hooks: Pick<AppHooks, 'resolveHost' | 'hmacSha256' | 'executeWrites'>;
  close: () => Promise<void>;
}

/**
 * What the Node host gives the app for webhooks: DNS resolution for outbound targets,
 * node:crypto HMAC for verifying deliveries, and (for an embedded file database) a writer
 * thread so ingest commits and their fsyncs never stall the event loop.
 */
export function webhookHost(databaseUrl: string): WebhookHost {
  const writer = databaseUrl.startsWith('file:') ? new WriteThread(databaseUrl) : undefined;
  return {
    hooks: { resolveHost, hmacSha256, ...(writer ? { executeWrites: (queries) => writer.execute(queries) } : {}) },
    close: async () => writer?.close(),
  };
}
