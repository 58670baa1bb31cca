import type { Db } from '../db/client';
import type { AppConfig } from './config';

export interface AuthContext {
  tokenId: string;
  scopes: readonly string[];
  groupId: string | null;
}

/** Things only a host can provide; every one is optional so tests can run the bare app. */
export interface AppHooks {
  /** The client's address as the host sees it (socket address, or a trusted proxy header). */
  clientAddress?: (c: import('hono').Context) => string | undefined;
  /** Called after a write that changes public pages, so the host can drop them from its render cache. */
  onPublicChange?: (change: import('../src/lib/cache-tags').PublicChange) => void;
  /**
   * Addresses a hostname resolves to (Node: node:dns), so outbound webhooks can refuse names
   * that point at private ranges. Without it only the name and literal addresses are checked.
   */
  resolveHost?: (hostname: string) => Promise<string[]>;
  /**
   * Runs a batch of writes in one transaction elsewhere and returns each statement's rows (the
   * Node host: a writer thread with its own connection, so commits and fsyncs leave the event
   * loop free). Without it the app's own `db.batch` runs them.
   */
  executeWrites?: (queries: import('../db/queries/batch-helpers').SqlQuery[]) => Promise<unknown[][]>;
  /** A faster HMAC-SHA256 than WebCrypto's for verifying deliveries (Node: node:crypto). */
  hmacSha256?: import('../src/lib/webhooks').MacFunction;
  /**
   * The site's prerendered HTML for a page path such as `/tools/suggest/` (null when there is none),
   * so answers to browsers without JavaScript can use the site's own page (Node: the published
   * folder; edge: the ASSETS binding). Without it such answers are plain pages.
   */
  sitePage?: (path: string, c: import('hono').Context) => Promise<string | null>;
  /**
   * Inspects an uploaded .onnx off the request path (Node: a worker-thread pool with time and
   * memory limits, throwing InspectorBusyError / InspectorLimitError from services/onnx-inspect).
   * Without it the inspection runs inline.
   */
  inspectOnnx?: (bytes: Uint8Array) => Promise<import('../src/lib/onnx/inspect-upload').InspectOutcome>;
  /** Called after an outbound webhook was queued, so a host's delivery worker can wake up. */
  onOutboundQueued?: () => void;
}

/** What writing services need: the database, the configuration and the host's hooks (no HTTP context). */
export type WriteContext = import('./hub').ServiceContext & { hooks: AppHooks };

export interface AppEnv {
  Variables: {
    db: Db;
    config: AppConfig;
    hooks: AppHooks;
    auth: AuthContext | undefined;
    webhooks: import('./webhooks/services').WebhookServices;
  };
}
