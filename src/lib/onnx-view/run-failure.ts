/**
 * What onnxruntime-web says when a run fails, read for the visitor: the operator and node it names
 * (when it names one) and the message, shortened. The patterns are onnxruntime-web 1.30's own
 * (lib/wasm/jsep/backend-webgpu.ts, onnxruntime/core/framework/sequential_executor.cc).
 */
export interface RunFailure {
  /** Operator type, e.g. "AveragePool", when the message names it. */
  op: string | null;
  /** Node name as in the model (may be empty in the model itself). */
  node: string | null;
  /** The message without ORT's prefixes, at most MAX_FAILURE_CHARS characters. */
  message: string;
  /**
   * The runtime's WebGPU state is broken by an earlier failure ("not allowed to be called
   * recursively"): the run itself was fine, the page's WebGPU runtime was not.
   */
  stale: boolean;
}

export const MAX_FAILURE_CHARS = 300;

export function shorten(text: string, max = MAX_FAILURE_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

const PATTERNS: { re: RegExp; stale?: boolean; op: number; node?: number; message?: number }[] = [
  // A kernel threw while computing.
  { re: /\[WebGPU\] Kernel "\[([\w.]+)\] ([^"]*)" failed\.\s*(?:Error:\s*)?([\s\S]*)/, op: 1, node: 2, message: 3 },
  // The JSEP backend still thinks an earlier (failed) kernel is running.
  { re: /kernel "\[([\w.]+)\] ([^"]*)" is not allowed to be called recursively/, op: 1, node: 2, stale: true },
  // ORT's executor: a node returned an error status.
  {
    re: /Non-zero status code returned while running ([\w.]+) node\. Name:'([^']*)' Status Message:\s*([\s\S]*)/,
    op: 1,
    node: 2,
    message: 3,
  },
  // An attribute check of a WebGPU kernel ("… not yet implemented in the WebGPU AveragePool kernel").
  { re: /\bin the WebGPU ([\w.]+) kernel\b/, op: 1 },
];

export function describeRunFailure(error: unknown): RunFailure {
  const raw = error instanceof Error ? error.message : String(error);
  for (const p of PATTERNS) {
    const m = p.re.exec(raw);
    if (!m) continue;
    const message = p.message !== undefined ? m[p.message]! : raw;
    return {
      op: m[p.op] ?? null,
      node: p.node !== undefined && m[p.node] ? m[p.node]! : null,
      message: shorten(message || raw),
      stale: p.stale === true,
    };
  }
  return { op: null, node: null, message: shorten(raw), stale: false };
}

/** One line for the page: "AveragePool (node _token_2) failed: …". */
export function failureSummary(f: RunFailure, providerLabel: string): string {
  const where = f.op ? `${f.op}${f.node ? ` (node ${f.node})` : ''}` : 'A node';
  return f.stale
    ? `${providerLabel} was left unusable by an earlier failed run (${where}): ${f.message}`
    : `${where} failed on ${providerLabel}: ${f.message}`;
}
