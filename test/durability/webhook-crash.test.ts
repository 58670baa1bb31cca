import { describe, expect, it } from 'vitest';
import { runCrashCheck } from '../../benchmarks/webhook-crash/crash-check';

/**
 * The Node host is killed with SIGKILL three times while CI-like clients send signed
 * deliveries, and restarted on the same database file; unanswered deliveries are resent with
 * the same id. Every 2xx must be in the database, and nothing stored twice.
 */
describe('webhook ingest survives SIGKILL', () => {
  it('keeps every acknowledged delivery and stores retried ones once', async () => {
    const report = await runCrashCheck({
      deliveries: 1500,
      kills: 3,
      concurrency: 16,
      lifeMs: [300, 900],
      budgetMs: 50_000,
    });
    console.log(`[measure] crash check: ${JSON.stringify(report)}`);
    expect(report.kills).toBe(3);
    expect(report.deliveries).toBeGreaterThanOrEqual(1500);
    expect(report.acknowledged).toBe(report.deliveries);
    expect(report.lost).toBe(0);
    expect(report.doubled).toBe(0);
    expect(report.storedDeliveries).toBe(report.deliveries);
    expect(report.storedEvents).toBe(report.deliveries);
    expect(report.retried).toBeGreaterThan(0);
  }, 60_000);
});
