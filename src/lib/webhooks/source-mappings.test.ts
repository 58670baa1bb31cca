import { describe, expect, it } from 'vitest';
import { describeRun, findMapping, globMatch, type SourceMapping } from './source-mappings';

const github = (over: Partial<Extract<SourceMapping, { provider: 'github' }>>): SourceMapping => ({
  provider: 'github',
  repository: '*',
  workflow: '*',
  branch: '*',
  job: '*',
  model: 'm',
  kind: 'training',
  ...over,
});

describe('globMatch', () => {
  it('knows * and ? and nothing else', () => {
    expect(globMatch('train*.yml', 'train-gpu.yml')).toBe(true);
    expect(globMatch('train*.yml', 'train.yml')).toBe(true);
    expect(globMatch('train?.yml', 'train1.yml')).toBe(true);
    expect(globMatch('train?.yml', 'train.yml')).toBe(false);
    expect(globMatch('a.c', 'abc')).toBe(false);
    expect(globMatch('[ab]', 'a')).toBe(false);
    expect(globMatch('*', '')).toBe(true);
    expect(globMatch('cms-l1t/anomaly-*', 'cms-l1t/anomaly-ae')).toBe(true);
    expect(globMatch('cms-l1t/anomaly-*', 'CMS-L1T/Anomaly-AE')).toBe(false);
    expect(globMatch('cms-l1t/anomaly-*', 'CMS-L1T/Anomaly-AE', true)).toBe(true);
  });
  it('stays fast on patterns that make a backtracking regex explode', () => {
    const started = performance.now();
    expect(globMatch('*a*a*a*a*a*a*a*a*b', 'a'.repeat(5000))).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('findMapping', () => {
  const rules: SourceMapping[] = [
    github({ repository: 'cms-l1t/anomaly-*', workflow: 'eval*.yml', model: 'ae', kind: 'evaluation' }),
    github({ repository: 'cms-l1t/anomaly-*', workflow: 'train*.yml', branch: 'main', model: 'ae' }),
    github({ repository: 'cms-l1t/*', job: 'bench*', model: 'ae', kind: 'benchmark' }),
    {
      provider: 'gitlab',
      project: 'cms-ml/jet-tagger',
      pipeline: '*',
      job: 'evaluate*',
      branch: '*',
      model: 'jet-tagger',
      kind: 'evaluation',
    },
  ];
  it('takes the first rule that matches, by workflow path, file name or name', () => {
    const base = { provider: 'github' as const, repository: 'cms-l1t/anomaly-ae', branch: 'main' };
    expect(findMapping(rules, { ...base, workflowPath: '.github/workflows/train.yml' })?.kind).toBe('training');
    expect(findMapping(rules, { ...base, workflowPath: '.github/workflows/eval-nightly.yml' })?.kind).toBe(
      'evaluation',
    );
    expect(findMapping(rules, { ...base, workflowName: 'train-gpu.yml' })?.kind).toBe('training');
    expect(findMapping(rules, { ...base, branch: 'dev', workflowPath: '.github/workflows/train.yml' })).toBeUndefined();
  });
  it('matches a job rule only for events that have a job', () => {
    const run = { provider: 'github' as const, repository: 'cms-l1t/x', workflowName: 'CI', branch: 'main' };
    expect(findMapping(rules, run)).toBeUndefined();
    expect(findMapping(rules, { ...run, job: 'benchmark-t4' })?.kind).toBe('benchmark');
  });
  it('never mixes providers, and matches releases on the repository or project, by rules without a job', () => {
    expect(findMapping(rules, { provider: 'gitlab', project: 'cms-l1t/anomaly-ae', job: 'bench' })).toBeUndefined();
    expect(findMapping(rules, { provider: 'gitlab', project: 'CMS-ML/jet-tagger', job: 'evaluate-t4' })?.model).toBe(
      'jet-tagger',
    );
    // A release is no job: rules that pick out jobs do not take it.
    expect(findMapping(rules, { provider: 'gitlab', project: 'cms-ml/jet-tagger', release: true })).toBeUndefined();
    expect(findMapping(rules, { provider: 'github', repository: 'cms-l1t/anomaly-ae', release: true })).toBe(rules[0]);
    expect(findMapping(rules, { provider: 'github', repository: 'cms-l1t/other', release: true })).toBeUndefined();
  });
  it('describes what was seen', () => {
    expect(
      describeRun({
        provider: 'github',
        repository: 'o/r',
        workflowPath: '.github/workflows/t.yml',
        workflowName: 'T',
        branch: 'main',
      }),
    ).toBe('GitHub repository "o/r", workflow ".github/workflows/t.yml" ("T"), branch "main", job (none)');
    expect(describeRun({ provider: 'gitlab', project: 'g/p', pipeline: undefined, branch: 'x', job: 'j' })).toBe(
      'GitLab project "g/p", pipeline (none), branch "x", job "j"',
    );
  });
});
