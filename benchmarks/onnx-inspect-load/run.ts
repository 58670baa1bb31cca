/**
 * How much ONNX uploads slow the rest of the API: p99 of `GET /api/tools` while 4 clients keep
 * uploading the largest model POST /api/onnx/inspect accepts, with inspection inline on the
 * event loop (before) and in the worker pool (after, as `npm start` runs it).
 *
 *   npx tsx benchmarks/onnx-inspect-load/run.ts [--seconds 30] [--uploaders 4]
 *
 * Loopback only; each phase is bounded by --seconds. Exit code 1 when the target is missed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { parseArgs } from 'node:util';
import { ONNX_INSPECT_MAX_BYTES } from '../../functions/contract/onnx/limits';
import { heavyModel } from '../../src/lib/onnx/heavy-model';

const TARGET_P99_MS = 100;

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '30' }, uploaders: { type: 'string', default: '4' } },
});
const seconds = Number(values.seconds);
const uploaders = Number(values.uploaders);

process.stdout.write(`Building the largest accepted model (≤ ${ONNX_INSPECT_MAX_BYTES / 2 ** 20} MiB) … `);
const model = heavyModel({ bytesAtMost: ONNX_INSPECT_MAX_BYTES });
console.log(`${(model.byteLength / 2 ** 20).toFixed(1)} MiB, a chain of Relu nodes (the costliest kind to inspect)`);

async function startServer(mode: 'inline' | 'pool'): Promise<{ child: ChildProcess; url: string; label: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'benchmarks/onnx-inspect-load/server.ts'], {
    env: { ...process.env, INSPECT: mode },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /READY (\d+) (.+)\n/.exec(out);
      if (ready) resolve({ child, url: `http://127.0.0.1:${ready[1]}`, label: ready[2]! });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

async function phase(mode: 'inline' | 'pool') {
  const server = await startServer(mode);
  const deadline = performance.now() + seconds * 1000;
  const statuses = new Map<number, number>();
  let clientNumber = 0;
  const upload = async () => {
    while (performance.now() < deadline) {
      clientNumber += 1;
      const res = await fetch(`${server.url}/api/onnx/inspect`, {
        method: 'POST',
        headers: {
          'content-type': 'application/octet-stream',
          'x-forwarded-for': `198.18.${(clientNumber >> 8) & 255}.${clientNumber & 255}`,
        },
        body: model as Uint8Array<ArrayBuffer>,
      });
      await res.arrayBuffer().catch(() => undefined);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status === 503)
        await new Promise((r) => setTimeout(r, Number(res.headers.get('retry-after') ?? 1) * 1000));
    }
  };
  const latencies: number[] = [];
  let readErrors = 0;
  const read = async () => {
    // Let the uploads get going first.
    await new Promise((r) => setTimeout(r, 1000));
    while (performance.now() < deadline) {
      const started = performance.now();
      try {
        const res = await fetch(`${server.url}/api/tools?limit=20`);
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`GET /api/tools answered ${res.status}`);
        latencies.push(performance.now() - started);
      } catch {
        // A stalled server lets idle keep-alive connections time out under the client.
        readErrors += 1;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  await Promise.all([read(), ...Array.from({ length: uploaders }, upload)]);
  server.child.kill('SIGTERM');
  latencies.sort((a, b) => a - b);
  return {
    label: `${mode} (${server.label})`,
    reads: latencies.length,
    readErrors,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    max: latencies.at(-1)!,
    uploads: [...statuses].map(([status, n]) => `${n}×${status}`).join(' '),
  };
}

const rows = [await phase('inline'), await phase('pool')];
console.log(
  `\nGET /api/tools while ${uploaders} clients upload a ${(model.byteLength / 2 ** 20).toFixed(1)} MiB model, ${seconds} s per phase:`,
);
console.log('inspection              reads  failed   p50 ms   p99 ms    max ms   uploads answered');
for (const r of rows) {
  console.log(
    `${r.label.padEnd(22)} ${String(r.reads).padStart(6)} ${String(r.readErrors).padStart(7)} ${r.p50.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${r.max.toFixed(0).padStart(9)}   ${r.uploads}`,
  );
}
const after = rows[1]!;
const met = after.p99 <= TARGET_P99_MS;
console.log(
  `\np99 with the pool: ${after.p99.toFixed(1)} ms (target ≤ ${TARGET_P99_MS} ms) ${met ? 'MET' : 'NOT MET'}`,
);
process.exit(met ? 0 : 1);
