import { z } from 'zod';
import { parseTrustProxy } from './client-address';

/** The Node host's settings, read once from the environment and validated. */
const ServerEnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4321),
  HOST: z.string().default('localhost'),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|libsql:|https?:|wss?:)/, 'DATABASE_URL must be a libSQL URL: file:…, libsql://…, http(s)://…')
    .default('file:data/hub.db'),
  DATABASE_AUTH_TOKEN: z.string().optional(),
  PUBLIC_URL: z.url().optional(),
  /** Memory for rendered data pages (the render cache), in MiB. */
  RENDER_CACHE_MB: z.coerce.number().positive().default(64),
  /** The lab's own cost per GPU-hour and per TB-month for the cost estimator (an assumption). */
  ONPREM_USD_PER_GPU_HOUR: z.coerce.number().positive().optional(),
  ONPREM_USD_PER_TB_MONTH: z.coerce.number().nonnegative().optional(),
  ONPREM_SOURCE: z.string().min(3).optional(),
  /** On a first start without benchmark results, profile the demo models (0 turns it off). */
  SELF_PROFILE: z
    .enum(['0', '1', 'true', 'false'])
    .default('1')
    .transform((v) => v === '1' || v === 'true'),
  /** Upper bound, in seconds, of that first-start profiling. */
  SELF_PROFILE_SECONDS: z.coerce.number().positive().default(30),
  /**
   * Take the client address from X-Forwarded-For, only behind proxies you run: `0` (default),
   * the number of proxies in front of the hub (`1`/`true` = one), or their addresses and CIDR
   * ranges (`10.0.0.0/8,loopback`). The address is counted from the right, never the leftmost.
   */
  TRUST_PROXY: z
    .string()
    .default('0')
    .transform((value, ctx) => {
      try {
        return parseTrustProxy(value);
      } catch (error) {
        ctx.addIssue({
          code: 'custom',
          message: `${(error as Error).message}; use 0, a number of proxy hops, or proxy addresses and CIDR ranges separated by commas`,
        });
        return z.NEVER;
      }
    }),
  /** Key material (≥ 32 chars) that encrypts webhook secrets; without it one is generated into HUB_SECRET_KEY_FILE. */
  HUB_SECRET_KEY: z
    .string()
    .min(32, 'HUB_SECRET_KEY must be at least 32 characters (e.g. `openssl rand -base64 32`)')
    .optional(),
  /** Where the generated server key lives (default: secret.key beside the database file). */
  HUB_SECRET_KEY_FILE: z.string().optional(),
  /** Let outbound webhooks reach loopback and private addresses (development, on-site CI). */
  WEBHOOK_ALLOW_PRIVATE_TARGETS: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
  WEBHOOK_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(1024 * 1024),
  /** Group commit of inbound deliveries: at most this many per transaction … */
  INGEST_BATCH_MAX: z.coerce.number().int().min(1).max(1000).default(256),
  /** … collected for at most this long. */
  INGEST_BATCH_WAIT_MS: z.coerce.number().min(0).max(1000).default(2),
  /** Run the outbound webhook worker in this process (0 to leave it to another hub process). */
  OUTBOUND_WORKER: z
    .enum(['0', '1', 'true', 'false'])
    .default('1')
    .transform((v) => v === '1' || v === 'true'),
});

export type ServerConfig = z.infer<typeof ServerEnvSchema>;

export function readServerConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const result = ServerEnvSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return result.data;
}

export function publicUrlOf(config: ServerConfig): string {
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  return config.PUBLIC_URL ?? `http://${host}:${config.PORT}`;
}

/** The app's webhook settings from the environment (the key itself is resolved by secret-key.ts). */
export function webhookConfigOf(config: ServerConfig, secretKey: string) {
  return {
    secretKey,
    allowPrivateTargets: config.WEBHOOK_ALLOW_PRIVATE_TARGETS,
    bodyLimitBytes: config.WEBHOOK_BODY_LIMIT_BYTES,
    ingestBatch: { maxSize: config.INGEST_BATCH_MAX, maxWaitMs: config.INGEST_BATCH_WAIT_MS },
  };
}

/** The on-prem rate from the environment, or undefined to keep the app's labelled placeholder. */
export function onPremRateOf(config: ServerConfig) {
  if (config.ONPREM_USD_PER_GPU_HOUR === undefined) return undefined;
  return {
    usdPerGpuHour: config.ONPREM_USD_PER_GPU_HOUR,
    usdPerTbMonth: config.ONPREM_USD_PER_TB_MONTH ?? 0,
    source: config.ONPREM_SOURCE ?? 'configured by the hub operator (ONPREM_USD_PER_GPU_HOUR)',
  };
}

/** The app configuration both Node entries (start, dev) pass to createApp. */
export function appConfigOf(config: ServerConfig, secretKey: string) {
  const onPrem = onPremRateOf(config);
  return {
    publicUrl: publicUrlOf(config),
    webhooks: webhookConfigOf(config, secretKey),
    ...(onPrem ? { onPrem } : {}),
  };
}
