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
  /** Called after a write that changes a public page, so the host can republish the site. */
  onPublicChange?: (reason: string, c?: import('hono').Context) => void;
}

export interface AppEnv {
  Variables: {
    db: Db;
    config: AppConfig;
    hooks: AppHooks;
    auth: AuthContext | undefined;
  };
}
