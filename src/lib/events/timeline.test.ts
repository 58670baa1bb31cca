import { describe, expect, it } from 'vitest';
import { formatWhen, STAGE_LABELS, stageOf, summarizeInbound, TIMELINE_STAGES, timelineItemView } from './timeline';
import { HUB_EVENT_TYPES } from './vocabulary';

describe('stageOf', () => {
  it("maps job results by kind, promotions by alias and the hub's own events", () => {
    expect(stageOf('job.succeeded', { job: { kind: 'training' } })).toBe('trained');
    expect(stageOf('job.succeeded', { job: { kind: 'evaluation' } })).toBe('evaluated');
    expect(stageOf('job.succeeded', { job: { kind: 'benchmark' } })).toBe('benchmarked');
    expect(stageOf('model.alias.set', { alias: 'production' })).toBe('promoted');
    expect(stageOf('model.alias.set', { alias: 'staging' })).toBe('alias-moved');
    expect(stageOf('retrain.requested', {})).toBe('retrain-requested');
    expect(stageOf('something.else', {})).toBe('other');
  });

  it('places changes made through the REST API on the same stages as their webhook twins', () => {
    expect(stageOf('model.version.registered', {})).toBe('registered');
    expect(stageOf('model.alias.moved', { alias: 'production' })).toBe('promoted');
    expect(stageOf('model.alias.moved', { alias: 'staging' })).toBe('alias-moved');
    expect(stageOf('model.alias.removed', { alias: 'production' })).toBe('alias-removed');
    expect(stageOf('model.deployed', {})).toBe('deployed');
    expect(stageOf('model.undeployed', {})).toBe('undeployed');
  });

  it('gives every hub event type a stage of its own, never the catch-all', () => {
    for (const type of HUB_EVENT_TYPES) expect(stageOf(type, {}), type).not.toBe('other');
    for (const stage of TIMELINE_STAGES) expect(STAGE_LABELS[stage], stage).toBeTruthy();
  });
});

describe('summarizeInbound', () => {
  it('says what happened in one line', () => {
    expect(summarizeInbound('job.started', { job: { kind: 'training', id: '42', hardware: '4× A100' } })).toBe(
      'Training job 42 started on 4× A100',
    );
    expect(
      summarizeInbound('job.succeeded', { job: { kind: 'evaluation', id: '7' }, metrics: { auc: 0.93456, n: 3 } }),
    ).toBe('Evaluation job 7 succeeded; auc 0.9346, n 3');
    expect(summarizeInbound('job.succeeded', { job: { kind: 'training', id: '8' }, version: {} })).toBe(
      'Training job 8 succeeded; registered a new version',
    );
    expect(summarizeInbound('model.alias.set', { alias: 'production', version: 4 })).toBe(
      'Alias "production" set to v4',
    );
    expect(
      summarizeInbound('benchmark.completed', { version: 2, engine: 'ort', hardware: 'T4', metrics: { p50: 1.9 } }),
    ).toBe('Benchmarked v2 with ort on T4: p50 1.9');
    expect(summarizeInbound('dataset.version.published', { dataset: 'jets', version: { version: 'v3' } })).toBe(
      'Dataset jets published version v3',
    );
  });
});

describe('timelineItemView', () => {
  it('links the CI job only for http(s) URLs and formats the time in UTC', () => {
    const view = timelineItemView({
      id: 3,
      type: 'job.failed',
      summary: 's',
      modelVersion: 2,
      occurredAt: '2026-03-02T09:14:07.000Z',
      data: { job: { ciUrl: 'javascript:alert(1)' } },
    });
    expect(view).toMatchObject({
      stage: 'failed',
      tone: 'danger',
      version: 'v2',
      when: '2026-03-02 09:14 UTC',
      link: null,
    });
    expect(
      timelineItemView({
        id: 4,
        type: 'job.queued',
        summary: 's',
        modelVersion: null,
        occurredAt: '2026-03-02T09:14:07.000Z',
        data: { job: { ciUrl: 'https://ci/x' } },
      }).link,
    ).toEqual({ href: 'https://ci/x', text: 'CI job' });
    expect(formatWhen('2026-12-31T23:59:59.999Z')).toBe('2026-12-31 23:59 UTC');
  });
});

describe('timelineItemView of API changes', () => {
  it('shows a production move as a promotion and a deployment with the accent tone', () => {
    const base = { id: 9, summary: 's', modelVersion: 3, occurredAt: '2026-03-02T09:14:07.000Z' };
    expect(timelineItemView({ ...base, type: 'model.alias.moved', data: { alias: 'production' } })).toMatchObject({
      stage: 'promoted',
      label: 'Promoted',
      tone: 'accent',
      version: 'v3',
      link: null,
    });
    expect(timelineItemView({ ...base, type: 'model.deployed', data: {} })).toMatchObject({
      label: 'Deployed',
      tone: 'accent',
    });
    expect(timelineItemView({ ...base, type: 'model.undeployed', data: {} })).toMatchObject({
      label: 'Undeployed',
      tone: '',
    });
  });
});

describe('release.published', () => {
  it('reads as a release on the timeline, linking the release page', () => {
    const data = { model: 'm', tag: 'v2.1.0', name: 'Jet tagger 2.1', url: 'https://example.org/releases/v2.1.0' };
    expect(stageOf('release.published', data)).toBe('released');
    expect(summarizeInbound('release.published', data)).toBe('Release v2.1.0 published: Jet tagger 2.1');
    expect(summarizeInbound('release.published', { ...data, name: 'v2.1.0' })).toBe('Release v2.1.0 published');
    const view = timelineItemView({
      id: 1,
      type: 'release.published',
      summary: 's',
      modelVersion: null,
      occurredAt: '2026-03-02T09:14:00.000Z',
      data,
    });
    expect(view).toMatchObject({ label: 'Released', tone: 'accent', link: { href: data.url, text: 'Release' } });
  });
});
