import { describe, expect, it } from 'vitest';
import {
  emptyToolFilter,
  fieldsOfCard,
  hasToolFilter,
  matchesToolFilter,
  readToolFilter,
  toolCountText,
  toolFilterFields,
  writeToolFilter,
} from './tool-directory-filter';

const kubeflow = toolFilterFields({
  name: 'ml.cern.ch',
  summary: 'Kubeflow-based ML service.',
  tags: ['kubeflow', 'pipelines'],
  categories: ['training-platform', 'mlops-tracking'],
  experiments: ['CMS', 'LHCb'],
  lifecycle: 'production',
});

describe('tool directory filter', () => {
  it('reads facets as slugs and the text from the URL, and writes the same URL back on /tools/', () => {
    const filter = readToolFilter(new URLSearchParams('experiment=LHCb&category=batch-hpc&q=%20gpu%20&page=2'));
    expect(filter).toEqual({ q: 'gpu', facets: { category: 'batch-hpc', experiment: 'lhcb', lifecycle: '' } });
    expect(writeToolFilter(filter)).toBe('/tools/?category=batch-hpc&experiment=lhcb&q=gpu');
    expect(writeToolFilter(emptyToolFilter())).toBe('/tools/');
    expect(hasToolFilter(emptyToolFilter())).toBe(false);
  });

  it('matches every chosen facet and every word of the text', () => {
    const f = (facets: Partial<ReturnType<typeof emptyToolFilter>['facets']>, q = '') => ({
      q,
      facets: { ...emptyToolFilter().facets, ...facets },
    });
    expect(matchesToolFilter(kubeflow, emptyToolFilter())).toBe(true);
    expect(matchesToolFilter(kubeflow, f({ experiment: 'lhcb', category: 'mlops-tracking' }))).toBe(true);
    expect(matchesToolFilter(kubeflow, f({ experiment: 'atlas' }))).toBe(false);
    expect(matchesToolFilter(kubeflow, f({ lifecycle: 'deprecated' }))).toBe(false);
    expect(matchesToolFilter(kubeflow, f({}, 'Kube PIPE'))).toBe(true);
    expect(matchesToolFilter(kubeflow, f({}, 'kube slurm'))).toBe(false);
  });

  it('reads the same fields back from a card, so the script filters as the server did', () => {
    const data = {
      category: kubeflow.categories.join(' '),
      experiment: kubeflow.experiments.join(' '),
      lifecycle: kubeflow.lifecycle,
      text: kubeflow.text,
    };
    expect(fieldsOfCard(data)).toEqual(kubeflow);
    expect(fieldsOfCard({})).toEqual({ categories: [], experiments: [], lifecycle: '', text: '' });
  });

  it('says how many tools are shown and why', () => {
    expect(toolCountText(20, 20, emptyToolFilter())).toBe('Showing 20 of 20 tools');
    const filter = readToolFilter(new URLSearchParams('category=batch-hpc&q=gpu'));
    expect(toolCountText(1, 20, filter)).toBe('Showing 1 of 20 tools · category: batch-hpc · “gpu”');
  });
});
