/**
 *   npx tsx benchmarks/webhook-crash/run.ts [--deliveries 5000] [--kills 5]
 * Prints the counts and PASS/FAIL; exit code 1 on a lost or doubled delivery.
 */
import { parseArgs } from 'node:util';
import { runCrashCheck } from './crash-check';

const { values } = parseArgs({
  options: {
    deliveries: { type: 'string', default: '5000' },
    kills: { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '32' },
  },
});
const report = await runCrashCheck({
  deliveries: Number(values.deliveries),
  kills: Number(values.kills),
  concurrency: Number(values.concurrency),
  lifeMs: [400, 1500],
  budgetMs: 120_000,
  log: (line) => console.log(`  ${line}`),
});
const pass =
  report.lost === 0 &&
  report.doubled === 0 &&
  report.acknowledged === report.deliveries &&
  report.storedDeliveries === report.deliveries &&
  report.kills === Number(values.kills);
console.log(`
Webhook crash check — ${new Date().toISOString()}
${report.kills} SIGKILLs of the Node host mid-run, each followed by a restart on the same database file (${report.seconds} s in all)
deliveries: ${report.deliveries} distinct ids, ${report.attempts} attempts, ${report.retried} ids sent more than once, ${report.duplicateAnswers} answered as duplicates
acknowledged (2xx): ${report.acknowledged}; stored: ${report.storedDeliveries} deliveries, ${report.storedEvents} events
acknowledged but missing: ${report.lost} (must be 0); stored twice: ${report.doubled} (must be 0)
${pass ? 'PASS' : 'FAIL'}`);
process.exitCode = pass ? 0 : 1;
