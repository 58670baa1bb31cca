export type ProgressListener = (loadedBytes: number, totalBytes: number | null) => void;

async function readAll(response: Response, onChunk: (bytes: number) => void): Promise<Uint8Array[]> {
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    onChunk(bytes.length);
    return [bytes];
  }
  const chunks: Uint8Array[] = [];
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    chunks.push(value);
    onChunk(value.length);
  }
}

/**
 * Fetches files in parallel and joins them in order, reporting bytes received so far (unpacked:
 * what the stream yields). `expectedBytes`, when the page knows it, is the total; otherwise the
 * Content-Length of responses sent without compression (that of a compressed one counts other bytes).
 */
export async function fetchJoined(
  urls: readonly string[],
  onProgress?: ProgressListener,
  expectedBytes?: number,
): Promise<Uint8Array> {
  const responses = await Promise.all(urls.map((url) => fetch(url)));
  const failed = responses.find((r) => !r.ok);
  if (failed) throw new Error(`${failed.url} answered HTTP ${failed.status}`);
  const lengths = responses.map((r) =>
    r.headers.get('content-encoding') ? NaN : Number(r.headers.get('content-length') ?? NaN),
  );
  const total = expectedBytes ?? (lengths.every((n) => Number.isFinite(n)) ? lengths.reduce((a, b) => a + b, 0) : null);
  let loaded = 0;
  const parts = await Promise.all(
    responses.map((r) =>
      readAll(r, (bytes) => {
        loaded += bytes;
        onProgress?.(loaded, total);
      }),
    ),
  );
  const joined = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of parts.flat()) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}
