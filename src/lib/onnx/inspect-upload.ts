import { inspectModel } from './inspect';
import { operatorCoverage } from './coverage';
import { isOnnxInspectError, type OnnxInspectErrorCode } from './errors';
import type { InspectReport } from './report-types';
import type { CoverageReport } from './coverage-types';

/** What inspecting an uploaded file gives: the report and coverage, or the inspector's refusal. */
export type InspectOutcome =
  | { ok: true; report: InspectReport; coverage: CoverageReport }
  | { ok: false; code: OnnxInspectErrorCode; message: string; offset?: number };

/**
 * Inspects the bytes and checks operator coverage; never throws for a bad file. Plain data in
 * and out, so it runs the same on the event loop (edge) and in a worker thread (Node host).
 */
export async function inspectUpload(bytes: Uint8Array): Promise<InspectOutcome> {
  try {
    const report = await inspectModel(bytes);
    return { ok: true, report, coverage: operatorCoverage(report) };
  } catch (error) {
    if (!isOnnxInspectError(error)) throw error;
    return { ok: false, ...error.toJSON() };
  }
}
