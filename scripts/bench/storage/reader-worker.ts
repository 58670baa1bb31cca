/**
 * A reading process of the storage harness: reads the files it is sent with one reader and answers
 * what it got. Processes, not async calls on one thread, so that a concurrency of N is N readers
 * really working at once (h5wasm's reads are synchronous; hyparquet decodes on the JS thread).
 */
import { closeSync, constants, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';

export type WorkerReader = 'node-fs' | 'node-fs-direct' | 'hyparquet' | 'h5wasm';

export interface ReadRequest {
  reader: WorkerReader;
  /** The files this process reads in this pass, one after the other. */
  paths: string[];
  /** Size of each file (the bytes an HDF5 read delivers: every dataset of the file). */
  size: number;
}

export interface ReadReply {
  ok: boolean;
  bytes: number;
  events: number;
  /** From opening the file to the reader's first data: a block (node-fs), a decoded chunk or dataset. */
  ttfbMs: number;
  error?: string;
}

const BLOCK = 1 << 20;
let blockBuffer: Buffer | undefined;
let directBuffer: Buffer | undefined;

async function readPlain(path: string): Promise<ReadReply> {
  blockBuffer ??= Buffer.allocUnsafe(BLOCK);
  const start = performance.now();
  const handle = await open(path, 'r');
  let ttfbMs = -1;
  let bytes = 0;
  try {
    for (;;) {
      const { bytesRead } = await handle.read(blockBuffer, 0, BLOCK, bytes);
      if (ttfbMs < 0) ttfbMs = performance.now() - start;
      if (bytesRead === 0) break;
      bytes += bytesRead;
    }
  } finally {
    await handle.close();
  }
  return { ok: true, bytes, events: 0, ttfbMs };
}

/**
 * O_DIRECT reads bypass this machine's page cache. The kernel wants the buffer aligned to the
 * device's logical block; JavaScript cannot ask for an aligned allocation, so the first read tries
 * offsets into a larger buffer until one is accepted.
 */
function readDirect(path: string): ReadReply {
  const start = performance.now();
  const fd = openSync(path, constants.O_RDONLY | constants.O_DIRECT);
  let ttfbMs = -1;
  let bytes = 0;
  try {
    if (!directBuffer) {
      const big = Buffer.allocUnsafeSlow(BLOCK + 4096);
      for (let offset = 0; offset < 4096 && !directBuffer; offset += 8) {
        try {
          readSync(fd, big, offset, BLOCK, 0);
          directBuffer = big.subarray(offset, offset + BLOCK);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EINVAL') throw error;
        }
      }
      if (!directBuffer) throw new Error('no aligned buffer for O_DIRECT found');
    }
    for (;;) {
      const n = readSync(fd, directBuffer, 0, BLOCK, bytes);
      if (ttfbMs < 0) ttfbMs = performance.now() - start;
      if (n === 0) break;
      bytes += n;
      if (n < BLOCK) break;
    }
  } finally {
    closeSync(fd);
  }
  return { ok: true, bytes, events: 0, ttfbMs };
}

// Each reader is imported when first used: h5wasm compiles a large WebAssembly module that a
// process reading plain files or Parquet has no use for.
let hyparquet: typeof import('hyparquet') | undefined;
let h5wasm: (typeof import('h5wasm/node'))['default'] | undefined;

async function load(reader: WorkerReader) {
  if (reader === 'hyparquet') hyparquet ??= await import('hyparquet');
  if (reader === 'h5wasm' && !h5wasm) {
    const module = await import('h5wasm/node');
    await module.default.ready;
    h5wasm = module.default;
  }
}

async function readParquet(path: string): Promise<ReadReply> {
  const { asyncBufferFromFile, parquetRead } = hyparquet!;
  const start = performance.now();
  const file = await asyncBufferFromFile(path);
  let ttfbMs = -1;
  let rows = 0;
  await parquetRead({
    file,
    onChunk: (chunk) => {
      if (ttfbMs < 0) ttfbMs = performance.now() - start;
      if (chunk.columnName === 'event') rows += chunk.rowEnd - chunk.rowStart;
    },
  });
  return { ok: true, bytes: file.byteLength, events: rows, ttfbMs: Math.max(ttfbMs, 0) };
}

function readHdf5(path: string, size: number): ReadReply {
  const start = performance.now();
  const file = new h5wasm!.File(path, 'r');
  let ttfbMs = -1;
  let events = 0;
  try {
    for (const name of ['event', 'pt', 'eta', 'phi']) {
      const dataset = file.get(name) as { value: ArrayLike<number> } | null;
      const values = dataset?.value;
      if (ttfbMs < 0) ttfbMs = performance.now() - start;
      if (name === 'event') events = values?.length ?? 0;
    }
  } finally {
    file.close();
  }
  return { ok: true, bytes: size, events, ttfbMs };
}

async function read(reader: WorkerReader, path: string, size: number): Promise<ReadReply> {
  switch (reader) {
    case 'node-fs':
      return readPlain(path);
    case 'node-fs-direct':
      return readDirect(path);
    case 'hyparquet':
      return readParquet(path);
    case 'h5wasm':
      return readHdf5(path, size);
  }
}

const reply = (message: unknown) => process.send!(message);

process.on('message', async (message: { init: WorkerReader } | ReadRequest) => {
  if ('init' in message) {
    await load(message.init);
    reply({ ready: true });
    return;
  }
  const replies: ReadReply[] = [];
  for (const path of message.paths) {
    try {
      replies.push(await read(message.reader, path, message.size));
    } catch (error) {
      replies.push({ ok: false, bytes: 0, events: 0, ttfbMs: 0, error: (error as Error).message });
    }
  }
  reply(replies);
});
process.on('disconnect', () => process.exit(0));
