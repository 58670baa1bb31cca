import { describe, expect, it } from 'vitest';
import { artifactOfSource } from './source';

describe('artifactOfSource', () => {
  it('names the artifact after the last path segment and reads the format from its extension', () => {
    expect(artifactOfSource('s3://ml-models/gn2/3/model.onnx')).toEqual({ name: 'model.onnx', format: 'onnx' });
    expect(artifactOfSource('root://eosatlas.cern.ch//eos/atlas/ml/gn2/v3/net.KERAS')).toEqual({
      name: 'net.KERAS',
      format: 'keras',
    });
    expect(artifactOfSource('https://host/files/model.tflite?download=1')).toEqual({
      name: 'model.tflite',
      format: 'tflite',
    });
  });

  it('takes MLflow model directories as format other', () => {
    expect(artifactOfSource('s3://mlflow/1/abc123/artifacts/model/')).toEqual({ name: 'model', format: 'other' });
  });

  it('keeps the whole URI as the name when there is no path', () => {
    expect(artifactOfSource('s3://bucket')).toEqual({ name: 's3://bucket', format: 'other' });
  });
});
