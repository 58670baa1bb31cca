import type { OnnxInspectErrorCode } from './errors';

export interface SniffResult {
  code: Extract<OnnxInspectErrorCode, 'not_onnx' | 'unsupported'>;
  /** Complete sentence for the user: what the file looks like and what to do. */
  message: string;
}

interface Signature {
  offset: number;
  bytes: readonly number[];
  code: SniffResult['code'];
  what: string;
}

const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));

// None of these can start a serialized ModelProto (their first bytes are invalid or unused
// protobuf tags for it), so checking them before decoding has no false positives.
const SIGNATURES: readonly Signature[] = [
  { offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], code: 'not_onnx', what: 'a PNG image' },
  { offset: 0, bytes: [0xff, 0xd8, 0xff], code: 'not_onnx', what: 'a JPEG image' },
  { offset: 0, bytes: ascii('GIF8'), code: 'not_onnx', what: 'a GIF image' },
  { offset: 0, bytes: ascii('%PDF-'), code: 'not_onnx', what: 'a PDF document' },
  {
    offset: 0,
    bytes: [0x50, 0x4b, 0x03, 0x04],
    code: 'not_onnx',
    what: 'a ZIP archive (PyTorch .pt/.pth checkpoints, Keras .keras files and NumPy .npz files are ZIP archives; export the model to ONNX first)',
  },
  { offset: 0, bytes: [0x50, 0x4b, 0x05, 0x06], code: 'not_onnx', what: 'an empty ZIP archive' },
  { offset: 0, bytes: [0x1f, 0x8b], code: 'not_onnx', what: 'gzip-compressed data (decompress it first)' },
  { offset: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd], code: 'not_onnx', what: 'zstd-compressed data (decompress it first)' },
  {
    offset: 0,
    bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00],
    code: 'not_onnx',
    what: 'xz-compressed data (decompress it first)',
  },
  { offset: 0, bytes: ascii('BZh'), code: 'not_onnx', what: 'bzip2-compressed data (decompress it first)' },
  { offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], code: 'not_onnx', what: 'a 7-Zip archive' },
  { offset: 257, bytes: ascii('ustar'), code: 'not_onnx', what: 'a tar archive' },
  {
    offset: 0,
    bytes: [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a],
    code: 'not_onnx',
    what: 'an HDF5 file (for example a Keras .h5 model or a dataset)',
  },
  { offset: 0, bytes: ascii('root'), code: 'not_onnx', what: 'a ROOT file' },
  { offset: 0, bytes: [0x93, ...ascii('NUMPY')], code: 'not_onnx', what: 'a NumPy .npy array' },
  { offset: 0, bytes: ascii('GGUF'), code: 'not_onnx', what: 'a GGUF model (llama.cpp format)' },
  { offset: 0, bytes: [0x00, 0x61, 0x73, 0x6d], code: 'not_onnx', what: 'a WebAssembly module' },
  { offset: 0, bytes: [0x7f, 0x45, 0x4c, 0x46], code: 'not_onnx', what: 'an ELF executable or shared library' },
  { offset: 0, bytes: ascii('MZ'), code: 'not_onnx', what: 'a Windows executable or DLL' },
  { offset: 4, bytes: ascii('TFL3'), code: 'not_onnx', what: 'a TensorFlow Lite model' },
  {
    offset: 4,
    bytes: ascii('ORTM'),
    code: 'unsupported',
    what: 'an ONNX Runtime ORT-format model (.ort flatbuffer), not an ONNX protobuf; inspect the .onnx file it was converted from',
  },
];

function matchesAt(bytes: Uint8Array, offset: number, expected: readonly number[]): boolean {
  if (bytes.length < offset + expected.length) return false;
  return expected.every((b, i) => bytes[offset + i] === b);
}

function describe(code: SniffResult['code'], what: string): SniffResult {
  return code === 'unsupported'
    ? { code, message: `This looks like ${what}.` }
    : { code, message: `This looks like ${what}, not an ONNX model.` };
}

/** Recognises common binary file types by their magic numbers. */
export function sniffBinaryFormat(bytes: Uint8Array): SniffResult | null {
  for (const sig of SIGNATURES) {
    if (matchesAt(bytes, sig.offset, sig.bytes)) return describe(sig.code, sig.what);
  }
  if (isPickle(bytes)) return describe('not_onnx', 'a Python pickle (an old-style PyTorch checkpoint?)');
  if (isSafetensors(bytes)) return describe('not_onnx', 'a safetensors weights file');
  return null;
}

function isPickle(bytes: Uint8Array): boolean {
  const protocol = bytes[1];
  // Pickle protocol 2+ starts with PROTO (0x80) and the protocol number, and ends with STOP ('.').
  return (
    bytes[0] === 0x80 && protocol !== undefined && protocol >= 2 && protocol <= 5 && bytes[bytes.length - 1] === 0x2e
  );
}

function isSafetensors(bytes: Uint8Array): boolean {
  if (bytes.length < 10) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(0, true);
  return view.getUint32(4, true) === 0 && headerLength > 1 && headerLength <= bytes.length - 8 && bytes[8] === 0x7b;
}

const TEXT_SAMPLE = 4096;

function looksLikeText(sample: Uint8Array): boolean {
  for (const b of sample) {
    const control = b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c;
    if (control || b === 0x7f) return false;
  }
  // Bytes >= 0x80 must form valid UTF-8 (a cut at the sample end is tolerated by `stream`).
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Recognises text files. Only consulted after binary decoding failed, because a few
 * protobuf bytes happen to be printable.
 */
export function sniffText(bytes: Uint8Array): SniffResult | null {
  let start = 0;
  if (matchesAt(bytes, 0, [0xef, 0xbb, 0xbf])) start = 3;
  else if (matchesAt(bytes, 0, [0xff, 0xfe]) || matchesAt(bytes, 0, [0xfe, 0xff])) {
    return describe('not_onnx', 'a UTF-16 text file');
  }
  const sample = bytes.subarray(start, start + TEXT_SAMPLE);
  if (sample.length === 0 || !looksLikeText(sample)) return null;
  const text = new TextDecoder().decode(sample).trimStart();
  if (text.startsWith('version https://git-lfs')) {
    return describe('not_onnx', 'a Git LFS pointer file (the model itself was never downloaded; run `git lfs pull`)');
  }
  if (/^ir_version\s*:/m.test(text) || /^<\s*ir_version/.test(text)) {
    return describe('unsupported', 'the ONNX text format; convert it to the binary .onnx format first (onnx.save)');
  }
  if (text.startsWith('{') || text.startsWith('[')) return describe('not_onnx', 'a JSON text file');
  if (text.startsWith('<')) return describe('not_onnx', 'an XML or HTML text file');
  return describe('not_onnx', 'a text file');
}
