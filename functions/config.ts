import { z } from 'zod';
import { ILLUSTRATIVE_ON_PREM_RATE, onPremRateSchema } from '../src/lib/costs';
import { WebhookConfigSchema } from './webhooks/config';

/**
 * Everything the app needs to know about its deployment, resolved once by the host entry
 * (from env vars or bindings) and validated here. Nothing below reads `process.env`.
 */
export const AppConfigSchema = z.object({
  /** Public origin of the hub, used in links the API hands out. */
  publicUrl: z.url().default('http://localhost:4321'),
  /** Largest accepted JSON body for ordinary API writes. */
  bodyLimitBytes: z
    .number()
    .int()
    .positive()
    .default(64 * 1024),
  /** Anonymous tool suggestions allowed per client address and window. */
  suggestionRateLimit: z
    .object({ limit: z.number().int().positive(), windowSeconds: z.number().int().positive() })
    .default({ limit: 5, windowSeconds: 3600 }),
  /** Default and maximum page sizes for list endpoints. */
  pageSize: z
    .object({ default: z.number().int().positive(), max: z.number().int().positive() })
    .default({ default: 50, max: 200 }),
  /**
   * Cost of the lab's own resources for the cost estimator. An assumption, shown as such with
   * its source; the default is an illustrative placeholder, not a measured figure.
   */
  onPrem: onPremRateSchema.default(ILLUSTRATIVE_ON_PREM_RATE),
  /** Inbound deliveries, secret storage and outbound (retraining trigger) webhooks. */
  webhooks: WebhookConfigSchema.default(WebhookConfigSchema.parse({})),
});

export type AppConfig = z.infer<typeof AppConfigSchema>;
export type AppConfigInput = z.input<typeof AppConfigSchema>;

export function resolveConfig(input: AppConfigInput = {}): AppConfig {
  return AppConfigSchema.parse(input);
}
