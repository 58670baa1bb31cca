import { z } from 'zod';

export const WebhookConfigSchema = z.object({
  /**
   * Server key material (≥ 32 characters) from which the key that encrypts webhook secrets
   * at rest is derived. Without it, sources and triggers cannot be created or verified (503).
   */
  secretKey: z.string().min(32).optional(),
  /** Largest accepted delivery body; bigger ones get 413 before anything is read or stored. */
  bodyLimitBytes: z
    .number()
    .int()
    .positive()
    .default(1024 * 1024),
  /** Accepted clock skew of signed timestamps, both ways. */
  toleranceSeconds: z.number().int().positive().default(300),
  /** Longest overlap a rotation may ask for, during which the old secret keeps verifying. */
  maxRotationOverlapSeconds: z
    .number()
    .int()
    .positive()
    .default(30 * 86_400),
  defaultRotationOverlapSeconds: z.number().int().min(0).default(86_400),
  /** Send outbound webhooks to loopback, private and link-local targets (development, on-site receivers). */
  allowPrivateTargets: z.boolean().default(false),
  /** Per-attempt timeout of an outbound delivery (Standard Webhooks suggests 15-30 s). */
  outboundTimeoutMs: z.number().int().positive().default(15_000),
  /**
   * Group commit of inbound deliveries: up to `maxSize` verified deliveries arriving within
   * `maxWaitMs` are written in one transaction. 1 writes each delivery alone (edge hosts).
   */
  ingestBatch: z
    .object({ maxSize: z.number().int().min(1).max(1000), maxWaitMs: z.number().min(0).max(1000) })
    .default({ maxSize: 1, maxWaitMs: 0 }),
});

export type WebhookConfig = z.infer<typeof WebhookConfigSchema>;
