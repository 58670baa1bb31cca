import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Receiver {
  url: string;
  requests: ReceivedRequest[];
  /** Resolves with the n-th request (1-based) once it has arrived. */
  nth: (n: number, timeoutMs?: number) => Promise<ReceivedRequest>;
  close: () => Promise<void>;
}

/**
 * A real HTTP receiver on 127.0.0.1 for outbound webhooks. `respond` decides each answer
 * (default 202); requests are recorded with their raw body for signature checks.
 */
export async function startReceiver(
  respond: (request: ReceivedRequest, index: number) => { status: number; headers?: Record<string, string> } = () => ({
    status: 202,
  }),
): Promise<Receiver> {
  const requests: ReceivedRequest[] = [];
  const waiters: { n: number; resolve: (r: ReceivedRequest) => void }[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(request);
      const answer = respond(request, requests.length);
      res.writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers });
      res.end('ok');
      for (const w of waiters.filter((w) => w.n <= requests.length)) w.resolve(requests[w.n - 1]!);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/hooks/retrain`,
    requests,
    nth: (n, timeoutMs = 10_000) =>
      requests[n - 1]
        ? Promise.resolve(requests[n - 1]!)
        : new Promise((resolve, reject) => {
            const timer = setTimeout(
              () => reject(new Error(`receiver got ${requests.length} request(s), waited for ${n}`)),
              timeoutMs,
            );
            waiters.push({ n, resolve: (r) => (clearTimeout(timer), resolve(r)) });
          }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
