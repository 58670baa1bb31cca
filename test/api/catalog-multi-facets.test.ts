import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../functions/config';
import type { ServiceContext } from '../../functions/hub';
import { datasetDirectory, modelDirectory } from '../../functions/services/catalog-directory';
import { createTestToken, datasetInput, modelInput, modelVersionInput } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

let hub: TestHub;
let ctx: ServiceContext;

const artifact = (format: string, framework: string) => ({
  name: `${format}-${framework}`,
  format,
  uri: `s3://m/${format}-${framework}`,
  precision: 'fp32',
  framework,
});

beforeAll(async () => {
  hub = await createTestHub();
  ctx = { db: hub.db, config: resolveConfig({ publicUrl: 'https://hub.example.org' }) };
  const cms = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
  const post = (path: string, body: unknown) => hub.call('POST', path, { body, headers: { authorization: cms } });
  const models: [string, string, string, string][] = [
    ['tagger-torch', 'jet-tagging', 'onnx', 'pytorch'],
    ['tagger-keras', 'jet-tagging', 'onnx', 'keras'],
    ['trigger-keras', 'anomaly-detection', 'hls4ml', 'keras'],
    ['regression-xgb', 'tracking', 'onnx', 'xgboost'],
  ];
  for (const [slug, task, format, framework] of models) {
    await post('/api/models', modelInput({ slug, name: slug, task }));
    await post(`/api/models/${slug}/versions`, modelVersionInput({ artifacts: [artifact(format, framework)] }));
  }
  for (const [slug, format] of [
    ['jets-h5', 'hdf5'],
    ['jets-root', 'root'],
    ['jets-parquet', 'parquet'],
  ])
    await post('/api/datasets', datasetInput({ slug, name: slug, format }));
}, 60_000);

const modelSlugs = async (query: string, facet?: { facet: string; slug: string }) =>
  (await modelDirectory(ctx, facet, new URLSearchParams(query)))?.items.map((m) => m.slug).sort();

describe('model and dataset listings with several facet values', () => {
  it('matches any value of one facet and every facet chosen', async () => {
    expect(await modelSlugs('framework=keras&framework=xgboost')).toEqual([
      'regression-xgb',
      'tagger-keras',
      'trigger-keras',
    ]);
    expect(await modelSlugs('framework=keras&framework=xgboost&task=jet-tagging')).toEqual(['tagger-keras']);
    expect(await modelSlugs('task=jet-tagging&task=tracking&format=onnx')).toEqual([
      'regression-xgb',
      'tagger-keras',
      'tagger-torch',
    ]);
    expect(await modelSlugs('')).toHaveLength(4);
  });

  it('says what is chosen, and marks it for the checkboxes', async () => {
    const directory = await modelDirectory(ctx, undefined, new URLSearchParams('framework=keras&framework=pytorch'));
    expect(directory?.selected).toEqual({ framework: ['keras', 'pytorch'] });
    expect(directory?.selectedLabel).toBe('Framework: Keras or PyTorch');
    expect(directory?.window.total).toBe(3);
  });

  it('keeps facet pages working, adding the query’s values to the page’s', async () => {
    expect(await modelSlugs('', { facet: 'task', slug: 'jet-tagging' })).toEqual(['tagger-keras', 'tagger-torch']);
    expect(await modelSlugs('framework=keras', { facet: 'task', slug: 'jet-tagging' })).toEqual(['tagger-keras']);
    expect(await modelSlugs('task=tracking', { facet: 'task', slug: 'jet-tagging' })).toEqual([
      'regression-xgb',
      'tagger-keras',
      'tagger-torch',
    ]);
  });

  it('ignores and names a value no model has, and answers nothing (a 404) for a page past the end', async () => {
    const stale = (await modelDirectory(ctx, undefined, new URLSearchParams('framework=keras&framework=cobol')))!;
    expect(stale.invalid).toEqual(['framework=cobol']);
    const keras = (await modelDirectory(ctx, undefined, new URLSearchParams('framework=keras')))!;
    expect(stale.items.map((m) => m.slug)).toEqual(keras.items.map((m) => m.slug));
    expect(keras.items.length).toBeGreaterThan(0);
    expect(stale.selected).toEqual({ framework: ['keras'] });
    expect(await modelDirectory(ctx, { facet: 'framework', slug: 'cobol' }, new URLSearchParams())).toBeUndefined();
    expect(await modelDirectory(ctx, undefined, new URLSearchParams('colour=red'))).toBeDefined();
    expect(await modelDirectory(ctx, undefined, new URLSearchParams('page=2'))).toBeUndefined();
  });

  it('filters datasets by several formats', async () => {
    const directory = await datasetDirectory(ctx, undefined, new URLSearchParams('format=hdf5&format=parquet'));
    expect(directory?.items.map((d) => d.slug).sort()).toEqual(['jets-h5', 'jets-parquet']);
    expect(directory?.selectedLabel).toBe('Format: HDF5 or Parquet');
  });
});

describe('GET /api/models and /api/datasets with repeated filters', () => {
  const apiSlugs = async (path: string) =>
    ((await hub.call('GET', path)).json.items as { slug: string }[]).map((i) => i.slug).sort();

  it('matches any of several values of a filter, and every filter', async () => {
    expect(await apiSlugs('/api/models?framework=keras&framework=xgboost')).toEqual([
      'regression-xgb',
      'tagger-keras',
      'trigger-keras',
    ]);
    expect(await apiSlugs('/api/models?framework=keras&framework=xgboost&format=onnx')).toEqual([
      'regression-xgb',
      'tagger-keras',
    ]);
    expect(await apiSlugs('/api/models?task=jet-tagging&task=tracking')).toEqual([
      'regression-xgb',
      'tagger-keras',
      'tagger-torch',
    ]);
    expect(await apiSlugs('/api/models?framework=keras')).toEqual(['tagger-keras', 'trigger-keras']);
    expect(await apiSlugs('/api/datasets?format=root&format=parquet')).toEqual(['jets-parquet', 'jets-root']);
  });

  it('rejects a bad value among several, naming the parameter', async () => {
    const response = await hub.call('GET', '/api/models?task=jet-tagging&task=astrology');
    expect(response.status).toBe(400);
    expect(response.json.error.details.issues[0]).toMatchObject({ in: 'query' });
    expect(String(response.json.error.details.issues[0].path)).toContain('task');
  });
});
