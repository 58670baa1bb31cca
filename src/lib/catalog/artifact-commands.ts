import type { ValueSummary } from '../onnx/report-types';

export interface ArtifactRef {
  name: string;
  format: string;
  uri: string;
  sha256: string | null;
}

export interface ArtifactCommands {
  /** The local file (or folder, for a prefix) the commands write. */
  file: string;
  /** Copies the artifact here, with the tool its storage speaks; null for a scheme we don't know. */
  fetch: string | null;
  /** Checks the copy against the registered SHA-256; null without one, or for a folder. */
  verify: string | null;
}

/** Single-quoted for POSIX shells. */
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * How to get an artifact from where its version says it lives: `root://` with xrdcp (EOS, the
 * grid), `s3://` with the AWS CLI, `gs://` with gcloud, `http(s)://` and paths on this hub with
 * curl, and `/eos/…` with cp where EOS is mounted (lxplus, SWAN). A URI ending in `/` is a prefix
 * (an hls4ml project, a SavedModel) and is copied recursively.
 */
export function artifactCommands(artifact: ArtifactRef, siteOrigin: string): ArtifactCommands {
  const uri = artifact.uri.trim();
  const folder = uri.endsWith('/');
  const base = uri.replace(/\/+$/, '').split('/').at(-1) ?? '';
  const file = (artifact.name || base || 'artifact').replace(/[^\w.+-]/g, '_');
  const target = quote(folder ? `${file}/` : file);
  let fetch: string | null = null;
  if (/^root:\/\//.test(uri)) fetch = `xrdcp ${folder ? '-r ' : ''}${quote(uri)} ${target}`;
  else if (/^s3:\/\//.test(uri)) fetch = `aws s3 cp ${folder ? '--recursive ' : ''}${quote(uri)} ${target}`;
  else if (/^gs:\/\//.test(uri)) fetch = `gcloud storage cp ${folder ? '--recursive ' : ''}${quote(uri)} ${target}`;
  else if (/^https?:\/\//.test(uri) && !folder) fetch = `curl -fL -o ${target} ${quote(uri)}`;
  else if (/^\/eos\//.test(uri)) fetch = `cp ${folder ? '-r ' : ''}${quote(uri)} ${target}`;
  else if (uri.startsWith('/') && !folder) fetch = `curl -fL -o ${target} ${quote(new URL(uri, siteOrigin).href)}`;
  const verify =
    artifact.sha256 && !folder
      ? `echo ${quote(`${artifact.sha256.toLowerCase().replace(/^sha256:/, '')}  ${file}`)} | sha256sum -c -`
      : null;
  return { file, fetch, verify };
}

/** NumPy dtypes for ONNX element types that NumPy has. */
const NUMPY_TYPES = new Set([
  'float32',
  'float64',
  'float16',
  'int8',
  'int16',
  'int32',
  'int64',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'bool',
]);

/**
 * A Python onnxruntime snippet that loads the file and runs it once on zeros shaped like its
 * inputs (symbolic dimensions set to 1). Without a signature (a file this hub could not read),
 * or with types NumPy lacks, it prints the inputs instead.
 */
export function pythonSnippet(file: string, inputs: readonly ValueSummary[] | null): string {
  const head = [
    'import numpy as np',
    'import onnxruntime as ort',
    '',
    `session = ort.InferenceSession(${JSON.stringify(file)})`,
  ];
  const tensors = inputs?.every((i) => i.elemType && NUMPY_TYPES.has(i.elemType) && i.shape) ? inputs : null;
  if (!tensors || tensors.length === 0) {
    return [
      ...head,
      'for i in session.get_inputs():',
      '    print(i.name, i.type, i.shape)  # build the feeds from these',
    ].join('\n');
  }
  const feeds = tensors.map((i) => {
    const shape = i.shape!.map((d) => (typeof d === 'number' && d > 0 ? d : 1));
    const dtype = i.elemType === 'bool' ? 'np.bool_' : `np.${i.elemType}`;
    const symbolic = i.shape!.filter((d) => typeof d !== 'number' || d <= 0);
    const note = symbolic.length ? `  # ${symbolic.map((d) => d ?? '?').join(', ')} set to 1` : '';
    return `    ${JSON.stringify(i.name)}: np.zeros((${shape.join(', ')}${shape.length === 1 ? ',' : ''}), dtype=${dtype}),${note}`;
  });
  return [...head, 'feeds = {', ...feeds, '}', 'print(session.run(None, feeds))'].join('\n');
}
