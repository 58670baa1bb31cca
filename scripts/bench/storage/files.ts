/**
 * Test files for the storage harness, written into a temporary directory: raw bytes (node-fs),
 * Parquet written with hyparquet-writer and HDF5 written with h5wasm. Each holds `rows` events of
 * an event number and three float64 columns (pt, eta, phi), so events/s means the same in both.
 */
import { randomBytes } from 'node:crypto';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import h5wasm from 'h5wasm/node';
import { parquetWriteFile } from 'hyparquet-writer';

export type TestFileKind = 'raw' | 'parquet' | 'hdf5';

export interface TestFileSet {
  kind: TestFileKind;
  paths: string[];
  /** Size of each file on disk (they are equal up to a few header bytes; this is the largest). */
  sizeBytes: number;
  /** Bytes of all files together. */
  totalBytes: number;
  eventsPerFile: number;
}

/** Bytes per event of the columnar files: an int32 event number and three float64 values. */
export const BYTES_PER_EVENT = 4 + 3 * 8;

function columns(events: number, seed: number) {
  // A small linear congruential generator: the same files for the same seed, without Math.random.
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const event = new Int32Array(events);
  const pt = new Float64Array(events);
  const eta = new Float64Array(events);
  const phi = new Float64Array(events);
  for (let i = 0; i < events; i++) {
    event[i] = i;
    pt[i] = 20 + 200 * next();
    eta[i] = -2.5 + 5 * next();
    phi[i] = -Math.PI + 2 * Math.PI * next();
  }
  return { event, pt, eta, phi };
}

function summarise(kind: TestFileKind, paths: string[], eventsPerFile: number): TestFileSet {
  const sizes = paths.map((p) => statSync(p).size);
  return {
    kind,
    paths,
    sizeBytes: Math.max(...sizes),
    totalBytes: sizes.reduce((a, b) => a + b, 0),
    eventsPerFile,
  };
}

/** `count` files of about `sizeBytes` each of one kind, in `dir`. */
export async function writeTestFiles(
  dir: string,
  kind: TestFileKind,
  options: { count: number; sizeBytes: number; seed?: number },
): Promise<TestFileSet> {
  const paths: string[] = [];
  const events = Math.max(1, Math.floor(options.sizeBytes / BYTES_PER_EVENT));
  if (kind === 'hdf5') await h5wasm.ready;
  for (let i = 0; i < options.count; i++) {
    const seed = (options.seed ?? 1) + i;
    if (kind === 'raw') {
      const path = join(dir, `raw-${i}.bin`);
      writeFileSync(path, randomBytes(options.sizeBytes));
      paths.push(path);
      continue;
    }
    const data = columns(events, seed);
    if (kind === 'parquet') {
      const path = join(dir, `events-${i}.parquet`);
      parquetWriteFile({
        filename: path,
        codec: 'UNCOMPRESSED',
        columnData: [
          { name: 'event', data: data.event, type: 'INT32' },
          { name: 'pt', data: data.pt, type: 'DOUBLE' },
          { name: 'eta', data: data.eta, type: 'DOUBLE' },
          { name: 'phi', data: data.phi, type: 'DOUBLE' },
        ],
      });
      paths.push(path);
    } else {
      const path = join(dir, `events-${i}.h5`);
      const file = new h5wasm.File(path, 'w');
      file.create_dataset({ name: 'event', data: data.event });
      file.create_dataset({ name: 'pt', data: data.pt });
      file.create_dataset({ name: 'eta', data: data.eta });
      file.create_dataset({ name: 'phi', data: data.phi });
      file.close();
      paths.push(path);
    }
  }
  return summarise(kind, paths, kind === 'raw' ? 0 : events);
}
