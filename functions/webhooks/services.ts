import type { Db } from '../../db/client';
import { importServerKey } from '../../src/lib/webhooks';
import { ApiError } from '../errors';
import type { WebhookConfig } from './config';
import { GroupCommit } from './group-commit';
import { commitIngest, type BatchExecutor, type IngestItem, type IngestResult } from './ingest-commit';
import { toQuery, type SqlQuery } from '../../db/queries/batch-helpers';
import { SourceDirectory } from './source-directory';
import { TtlCache } from './ttl-cache';
import type { Model } from '../../db/schema';

/** Per-app webhook state: the server key, the source cache and the ingest group commit. */
export interface WebhookServices {
  /** The key that encrypts webhook secrets at rest; 503 when the host configured none. */
  serverKey: () => Promise<CryptoKey>;
  sources: SourceDirectory;
  ingest: GroupCommit<IngestItem, IngestResult>;
  /**
   * Models by slug for planning events, kept 2 s: CI reports many events per model and the
   * lookup was a query per delivery. Ownership changes therefore apply within 2 s.
   */
  models: TtlCache<string, Model>;
}

export function serverKeyProvider(material: string | undefined): () => Promise<CryptoKey> {
  let key: Promise<CryptoKey> | undefined;
  return () => {
    if (material === undefined) {
      throw new ApiError(
        503,
        'not_configured',
        'Webhooks are not configured on this hub: the operator must set a server key (HUB_SECRET_KEY) to store webhook secrets.',
      );
    }
    key ??= importServerKey(material);
    return key;
  };
}

export function createWebhookServices(
  db: Db,
  config: WebhookConfig,
  // The host's writer thread, if any (AppHooks.executeWrites).
  hooks: { executeWrites?: ((queries: SqlQuery[]) => Promise<unknown[][]>) | undefined } = {},
): WebhookServices {
  const serverKey = serverKeyProvider(config.secretKey);
  const { executeWrites } = hooks;
  const execute: BatchExecutor | undefined = executeWrites && ((statements) => executeWrites(statements.map(toQuery)));
  return {
    serverKey,
    sources: new SourceDirectory(serverKey),
    ingest: new GroupCommit((items) => commitIngest(db, items, execute), config.ingestBatch),
    models: new TtlCache(2_000),
  };
}
