import type { ArtifactFormat } from '../catalog-vocabulary';

const FORMAT_BY_EXTENSION: Record<string, ArtifactFormat> = {
  onnx: 'onnx',
  tflite: 'tflite',
  keras: 'keras',
  h5: 'keras',
};

/**
 * How an MLflow `source` URI shows as a hub artifact: named after its last path segment, its
 * format read from the file extension (MLflow sources are mostly directories: `other`).
 */
export function artifactOfSource(uri: string): { name: string; format: ArtifactFormat } {
  const path = uri.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[?#]/, 1)[0]!;
  const segments = path.split('/').filter((s) => s.length > 0);
  const name = (segments.length > 1 ? segments[segments.length - 1]! : uri).slice(0, 200);
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  return { name, format: FORMAT_BY_EXTENSION[extension] ?? 'other' };
}
