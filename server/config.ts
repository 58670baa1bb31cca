import { z } from 'zod';

/** The Node host's settings, read once from the environment and validated. */
const ServerEnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4321),
  HOST: z.string().default('localhost'),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|libsql:|https?:|wss?:)/, 'DATABASE_URL must be a libSQL URL: file:…, libsql://…, http(s)://…')
    .default('file:data/hub.db'),
  DATABASE_AUTH_TOKEN: z.string().optional(),
  /** Where published site trees live; each build goes to a fresh folder inside. */
  SITE_DIR: z.string().default('data/site'),
  PUBLIC_URL: z.url().optional(),
  REPUBLISH_DEBOUNCE_MS: z.coerce.number().int().min(0).default(2000),
  /** Use X-Forwarded-For for the client address (only behind a proxy you run). */
  TRUST_PROXY: z.enum(['0', '1', 'true', 'false']).default('0').transform((v) => v === '1' || v === 'true'),
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
