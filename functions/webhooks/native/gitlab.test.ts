import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { WebhookSource } from '../../../db/schema';
import type { SourceMapping } from '../../../src/lib/webhooks/source-mappings';
import { translateNative, type Translation } from './index';

/** GitLab's documented example bodies (test/fixtures/gitlab/README.md says where from). */
const fixture = (name: string): Record<string, any> =>
  JSON.parse(readFileSync(new URL(`../../../test/fixtures/gitlab/${name}.json`, import.meta.url), 'utf8'));

const rules: SourceMapping[] = [
  {
    provider: 'gitlab',
    project: 'gitlab-org/gitlab-test',
    pipeline: '*',
    job: 'test*',
    branch: '*',
    model: 'jet-tagger',
    kind: 'evaluation',
  },
  {
    provider: 'gitlab',
    project: 'gitlab-org/*',
    pipeline: '*',
    job: '*',
    branch: '*',
    model: 'jet-tagger',
    kind: 'training',
  },
];
const translate = (event: string, payload: unknown, mappings = rules): Translation =>
  translateNative({
    headers: { 'x-gitlab-event': event },
    payload,
    source: { id: 'src_test', mappings } as unknown as WebhookSource,
    scheme: 'gitlab',
  });

const PHASES: Record<string, string> = {
  created: 'job.queued',
  pending: 'job.queued',
  running: 'job.started',
  success: 'job.succeeded',
  failed: 'job.failed',
  canceled: 'job.failed',
};

describe('GitLab native translation', () => {
  it('reads a Pipeline Hook in every status', () => {
    const pipeline = fixture('pipeline-hook');
    for (const [status, type] of Object.entries(PHASES)) {
      const body = { ...pipeline, object_attributes: { ...pipeline.object_attributes, status } };
      expect(translate('Pipeline Hook', body), status).toMatchObject({
        kind: 'event',
        type,
        data: {
          job: {
            id: '31',
            kind: 'training',
            model: 'jet-tagger',
            name: 'Pipeline for branch: master',
            ciUrl: 'http://example.com/gitlab-org/gitlab-test/-/pipelines/31',
            commit: 'bcbb5ec396a2c0f828686f14fac9b80b780504f2',
            ref: 'master',
            actor: 'root',
          },
        },
      });
    }
    expect(translate('Pipeline Hook', pipeline)).toMatchObject({
      occurredAt: new Date('2016-08-12T15:26:29Z'),
      data: { job: { conclusion: 'success', finishedAt: '2016-08-12T15:26:29.000Z' } },
    });
    const skipped = { ...pipeline, object_attributes: { ...pipeline.object_attributes, status: 'skipped' } };
    expect(translate('Pipeline Hook', skipped)).toMatchObject({
      kind: 'ignored',
      eventType: 'gitlab:pipeline.skipped',
    });
  });

  it('reads a Job Hook in every status, mapped by job name', () => {
    const job = fixture('job-hook');
    for (const [status, type] of Object.entries(PHASES)) {
      expect(translate('Job Hook', { ...job, build_status: status }), status).toMatchObject({
        kind: 'event',
        type,
        data: {
          job: {
            id: '1977',
            kind: 'evaluation',
            name: 'test',
            workflow: 'Build pipeline',
            ciUrl: 'http://192.168.64.1:3005/gitlab-org/gitlab-test/-/jobs/1977',
            commit: '2293ada6b400935a1378653304eaf6221e0fdb8f',
          },
        },
      });
    }
    expect(translate('Job Hook', { ...job, build_status: 'failed' })).toMatchObject({
      data: { error: 'GitLab CI concluded "failed" (script_failure)' },
    });
  });

  it('records a created release and ignores other release actions', () => {
    const release = fixture('release-hook');
    expect(translate('Release Hook', release)).toMatchObject({
      kind: 'event',
      type: 'release.published',
      data: {
        model: 'jet-tagger',
        tag: 'v1.1',
        name: 'v1.1',
        notes: 'v1.1 has been released',
        url: 'https://example.com/gitlab-org/release-webhook-example/-/releases/v1.1',
        repository: 'gitlab-org/release-webhook-example',
        commit: 'ee0a3fb31ac16e11b9dbb596ad16d4af654d08f8',
      },
    });
    expect(translate('Release Hook', { ...release, action: 'update' })).toMatchObject({ kind: 'ignored' });
  });

  it('ignores other hooks and unmapped projects, saying why', () => {
    expect(translate('Feature Flag Hook', fixture('feature-flag-hook'))).toMatchObject({
      kind: 'ignored',
      eventType: 'gitlab:feature_flag',
    });
    const pipeline = fixture('pipeline-hook');
    expect(translate('Pipeline Hook', pipeline, [])).toMatchObject({
      kind: 'ignored',
      reason: expect.stringContaining(
        'no model matches GitLab project "gitlab-org/gitlab-test", pipeline "Pipeline for branch: master", branch "master", job (none)',
      ),
    });
  });

  it('takes the retrain request from the HUB_RETRAIN_REQUEST pipeline variable', () => {
    const pipeline = fixture('pipeline-hook');
    const body = {
      ...pipeline,
      object_attributes: {
        ...pipeline.object_attributes,
        variables: [{ key: 'HUB_RETRAIN_REQUEST', value: 'rr_abcdef123' }],
      },
    };
    expect(translate('Pipeline Hook', body)).toMatchObject({ data: { job: { retrainRequest: 'rr_abcdef123' } } });
  });
});
