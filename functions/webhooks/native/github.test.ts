import examples from '@octokit/webhooks-examples';
import { describe, expect, it } from 'vitest';
import type { WebhookSource } from '../../../db/schema';
import type { SourceMapping } from '../../../src/lib/webhooks/source-mappings';
import { translateNative, type Translation } from './index';

/** GitHub's own payload examples (npm @octokit/webhooks-examples), per event name. */
const corpus = (name: string) => {
  const definition = (examples as { name: string; examples: unknown[] }[]).find((d) => d.name === name);
  if (!definition) throw new Error(`no ${name} examples`);
  return definition.examples as Record<string, any>[];
};

const sourceWith = (mappings: SourceMapping[]) => ({ id: 'src_test', mappings }) as unknown as WebhookSource;
const everything: SourceMapping[] = [
  { provider: 'github', repository: '*', workflow: '*', branch: '*', job: '*', model: 'any-model', kind: 'training' },
];
const translate = (event: string, payload: unknown, mappings = everything): Translation =>
  translateNative({
    headers: { 'x-github-event': event },
    payload,
    source: sourceWith(mappings),
    scheme: 'github',
  });

describe('GitHub native translation', () => {
  it('reads every workflow_run example by action and conclusion', () => {
    for (const example of corpus('workflow_run')) {
      const t = translate('workflow_run', example);
      const run = example.workflow_run;
      const expected =
        example.action === 'requested'
          ? 'job.queued'
          : example.action === 'in_progress'
            ? 'job.started'
            : run.conclusion === 'success'
              ? 'job.succeeded'
              : run.conclusion
                ? 'job.failed'
                : null;
      if (expected === null) {
        expect(t).toMatchObject({ kind: 'ignored', reason: 'workflow_run completed without a conclusion' });
        continue;
      }
      expect(t, JSON.stringify(example.action)).toMatchObject({
        kind: 'event',
        type: expected,
        data: {
          job: {
            id: String(run.id),
            kind: 'training',
            model: 'any-model',
            ciUrl: run.html_url,
            commit: run.head_sha,
            ref: run.head_branch,
          },
        },
      });
    }
  });

  it('keeps the conclusion, timings and actor of a completed run', () => {
    const completed = corpus('workflow_run').find((e) => e.workflow_run.conclusion === 'success')!;
    const t = translate('workflow_run', completed);
    expect(t).toMatchObject({
      kind: 'event',
      type: 'job.succeeded',
      data: {
        job: {
          conclusion: 'success',
          actor: 'Codertocat',
          startedAt: new Date(completed.workflow_run.run_started_at).toISOString(),
          finishedAt: new Date(completed.workflow_run.updated_at).toISOString(),
          workflow: completed.workflow_run.path,
        },
      },
    });
    const failed = translate('workflow_run', {
      ...completed,
      workflow_run: { ...completed.workflow_run, conclusion: 'timed_out' },
    });
    expect(failed).toMatchObject({
      type: 'job.failed',
      data: { error: 'GitHub Actions concluded "timed_out"', job: { conclusion: 'timed_out' } },
    });
    for (const conclusion of ['skipped', 'neutral']) {
      expect(
        translate('workflow_run', { ...completed, workflow_run: { ...completed.workflow_run, conclusion } }),
      ).toMatchObject({ kind: 'ignored', reason: expect.stringContaining(`"${conclusion}"`) });
    }
  });

  it('reads every workflow_job example, queued and waiting as queued', () => {
    for (const example of corpus('workflow_job')) {
      const t = translate('workflow_job', example);
      const job = example.workflow_job;
      const expected = {
        queued: 'job.queued',
        waiting: 'job.queued',
        in_progress: 'job.started',
        completed: job.conclusion === 'success' ? 'job.succeeded' : 'job.failed',
      }[example.action as string];
      expect(t, example.action).toMatchObject({
        kind: 'event',
        type: expected,
        data: { job: { id: String(job.id), name: job.name, ciUrl: job.html_url, commit: job.head_sha } },
      });
    }
  });

  it('maps a job by its name, and says what it saw when no rule matches', () => {
    const example = corpus('workflow_job').find((e) => e.workflow_job.name === 'linters')!;
    const rules: SourceMapping[] = [
      {
        provider: 'github',
        repository: 'codertocat/hello-world',
        workflow: 'CodeQL',
        branch: 'main',
        job: 'lint*',
        model: 'jet-tagger',
        kind: 'evaluation',
      },
    ];
    expect(translate('workflow_job', example, rules)).toMatchObject({
      kind: 'event',
      data: { job: { model: 'jet-tagger', kind: 'evaluation' } },
    });
    expect(translate('workflow_job', example, [])).toEqual({
      kind: 'ignored',
      eventType: `github:workflow_job.${example.action}`,
      reason:
        'no model matches GitHub repository "Codertocat/Hello-World", workflow "CodeQL", branch "main", job "linters"; add a mapping rule to the webhook source',
    });
  });

  it('answers pings, records published releases and ignores other release actions', () => {
    for (const example of corpus('ping'))
      expect(translate('ping', example)).toEqual({ kind: 'ping', eventType: 'github:ping' });
    for (const example of corpus('release')) {
      const t = translate('release', example);
      if (example.action !== 'published') {
        expect(t).toMatchObject({ kind: 'ignored', reason: `release ${example.action}: only "published" is recorded` });
        continue;
      }
      expect(t).toMatchObject({
        kind: 'event',
        type: 'release.published',
        data: {
          model: 'any-model',
          tag: example.release.tag_name,
          url: example.release.html_url,
          repository: example.repository.full_name,
        },
      });
    }
  });

  it('reads a retrain request id named in the run title, whole, whatever base64url characters it ends in', () => {
    const completed = corpus('workflow_run').find((e) => e.workflow_run.conclusion === 'success')!;
    const titled = (title: string) =>
      translate('workflow_run', { ...completed, workflow_run: { ...completed.workflow_run, display_title: title } });
    for (const id of ['rr_AbC-dEf_123', 'rr_-AbCdEfGh12-', 'rr_AbCdEfGh12__'])
      expect(titled(`Retrain ${id}`)).toMatchObject({ data: { job: { retrainRequest: id } } });
    expect(titled('Retrain rr_AbCdEf-: nightly')).toMatchObject({ data: { job: { retrainRequest: 'rr_AbCdEf-' } } });
    expect(titled('Retrain xrr_AbCdEfGh')).not.toMatchObject({ data: { job: { retrainRequest: expect.anything() } } });
  });

  it('reads the envelope under the github scheme, and ignores other events', () => {
    expect(translate('workflow_job', { type: 'job.queued', data: { job: {} } })).toEqual({ kind: 'envelope' });
    expect(
      translateNative({ headers: {}, payload: { zen: 'x' }, source: sourceWith(everything), scheme: 'github' }),
    ).toEqual({ kind: 'envelope' });
    expect(translate('push', { ref: 'refs/heads/main' })).toMatchObject({
      kind: 'ignored',
      eventType: 'github:push',
      reason: expect.stringContaining('"push" events are not recorded'),
    });
  });
});
