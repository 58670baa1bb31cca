export { PERCENTILE_METHOD, summarizeLatencies } from './latency-summary';
export type { LatencySummary } from './latency-summary';
export { P999_MIN_ITERATIONS, judgeValidity } from './validity';
export type { ValidityFlag, ValidityFlagCode, ValidityInput } from './validity';
export { throughputFromMeanLatency, throughputFromTotalTime } from './throughput';
