import { describe, expect, it } from 'vitest';
import { artifactCommands, pythonSnippet } from './artifact-commands';

const SHA = 'da6cecfab21526d8d1a1db4e63cb08b73b82d351e83eae7917e62916cd7aab08';
const art = (uri: string, extra: Partial<{ name: string; sha256: string | null; format: string }> = {}) => ({
  name: 'tagger.onnx',
  format: 'onnx',
  sha256: SHA,
  uri,
  ...extra,
});

describe('artifactCommands', () => {
  it('copies with the tool each storage speaks, and checks the SHA-256', () => {
    expect(artifactCommands(art('root://eosuser.cern.ch//eos/user/a/ana/tagger.onnx'), 'https://hub.example')).toEqual({
      file: 'tagger.onnx',
      fetch: `xrdcp 'root://eosuser.cern.ch//eos/user/a/ana/tagger.onnx' 'tagger.onnx'`,
      verify: `echo '${SHA}  tagger.onnx' | sha256sum -c -`,
    });
    expect(artifactCommands(art('s3://bucket/models/tagger.onnx'), 'https://hub.example').fetch).toBe(
      `aws s3 cp 's3://bucket/models/tagger.onnx' 'tagger.onnx'`,
    );
    expect(artifactCommands(art('gs://bucket/tagger.onnx'), 'https://hub.example').fetch).toBe(
      `gcloud storage cp 'gs://bucket/tagger.onnx' 'tagger.onnx'`,
    );
    expect(artifactCommands(art('https://example.org/m/tagger.onnx'), 'https://hub.example').fetch).toBe(
      `curl -fL -o 'tagger.onnx' 'https://example.org/m/tagger.onnx'`,
    );
    expect(artifactCommands(art('/eos/project/m/ml/tagger.onnx'), 'https://hub.example').fetch).toBe(
      `cp '/eos/project/m/ml/tagger.onnx' 'tagger.onnx'`,
    );
  });

  it('turns a path on this hub into its full URL', () => {
    expect(artifactCommands(art('/models/jet-btag.onnx', { name: 'jet-btag.onnx' }), 'https://hub.example').fetch).toBe(
      `curl -fL -o 'jet-btag.onnx' 'https://hub.example/models/jet-btag.onnx'`,
    );
  });

  it('copies a prefix recursively into a folder, without a checksum line', () => {
    const project = artifactCommands(
      art('s3://bucket/hls4ml/l1-ae-prj/', { name: '', format: 'hls4ml', sha256: null }),
      'https://hub.example',
    );
    expect(project).toEqual({
      file: 'l1-ae-prj',
      fetch: `aws s3 cp --recursive 's3://bucket/hls4ml/l1-ae-prj/' 'l1-ae-prj/'`,
      verify: null,
    });
    expect(artifactCommands(art('root://eos//eos/x/prj/', { name: 'prj' }), 'https://hub.example')).toMatchObject({
      fetch: `xrdcp -r 'root://eos//eos/x/prj/' 'prj/'`,
      verify: null,
    });
  });

  it('gives no command for a scheme it does not know, and quotes what it writes', () => {
    expect(artifactCommands(art('hdfs://cluster/tagger.onnx'), 'https://hub.example').fetch).toBeNull();
    expect(
      artifactCommands(art("https://e.org/it's.onnx", { name: "it's; rm -rf ~.onnx" }), 'https://hub.example'),
    ).toMatchObject({
      file: 'it_s__rm_-rf__.onnx',
      fetch: `curl -fL -o 'it_s__rm_-rf__.onnx' 'https://e.org/it'\\''s.onnx'`,
    });
  });
});

describe('pythonSnippet', () => {
  it('runs the model once on zeros shaped like its inputs, symbolic dimensions set to 1', () => {
    const snippet = pythonSnippet('jet-btag.onnx', [
      { name: 'features', type: 'float32', elemType: 'float32', shape: ['batch', 6] },
      { name: 'mask', type: 'bool', elemType: 'bool', shape: [4] },
    ]);
    expect(snippet).toBe(
      [
        'import numpy as np',
        'import onnxruntime as ort',
        '',
        'session = ort.InferenceSession("jet-btag.onnx")',
        'feeds = {',
        '    "features": np.zeros((1, 6), dtype=np.float32),  # batch set to 1',
        '    "mask": np.zeros((4,), dtype=np.bool_),',
        '}',
        'print(session.run(None, feeds))',
      ].join('\n'),
    );
  });

  it('prints the inputs instead when the signature is unknown or NumPy lacks a type', () => {
    for (const inputs of [null, [{ name: 'x', type: 'bfloat16', elemType: 'bfloat16', shape: [1] }]]) {
      expect(pythonSnippet('m.onnx', inputs)).toContain('for i in session.get_inputs():');
    }
  });
});
