import { paramOfPath } from '../costs/campaign-url';

export interface EstimateProblem {
  message: string;
  /** field problems by URL parameter */
  issues?: { param: string; message: string }[];
  knownGpuTypes?: string[];
}

/** An API error body (`{ error: { message, details } }`) as a problem the form can show. */
export function problemOfApiError(
  error: { message?: string; details?: unknown } | undefined,
  status: number,
): EstimateProblem {
  const details = (error?.details ?? {}) as {
    issues?: { path: string; message: string }[];
    knownGpuTypes?: string[];
    gpuType?: string;
  };
  if (details.knownGpuTypes) {
    return {
      message: `the price table has no GPU type "${details.gpuType ?? '?'}".`,
      knownGpuTypes: details.knownGpuTypes,
    };
  }
  return {
    message: error?.message ?? `the estimator answered ${status}.`,
    ...(details.issues
      ? { issues: details.issues.map((i) => ({ param: paramOfPath(i.path), message: i.message })) }
      : {}),
  };
}
