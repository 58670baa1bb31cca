import { describe, expect, it } from 'vitest';
import { parseEventBody } from '../functions/events/envelope';
import { EVENT_SCHEMAS } from '../functions/events/schemas';

describe('parseEventBody', () => {
  it('accepts every documented example under its type, with and without the version', () => {
    for (const entry of EVENT_SCHEMAS) {
      for (const type of [entry.type, `${entry.type}@${entry.version}`]) {
        const parsed = parseEventBody(JSON.stringify({ type, data: entry.example }));
        expect(parsed, `${type}: ${JSON.stringify(parsed)}`).toMatchObject({
          ok: true,
          type: entry.type,
          version: entry.version,
        });
      }
    }
  });

  it('says what is wrong: JSON, envelope, type, version or payload', () => {
    expect(parseEventBody('{').ok ? null : parseEventBody('{')).toMatchObject({ code: 'invalid_json' });
    expect(parseEventBody('{"type":"job.queued"}')).toMatchObject({ ok: false, code: 'invalid_envelope' });
    expect(parseEventBody('{"type":"job.flew","data":{}}')).toMatchObject({ ok: false, code: 'unknown_event_type' });
    expect(parseEventBody('{"type":"job.queued@9","data":{}}')).toMatchObject({
      ok: false,
      code: 'unknown_schema_version',
    });
    const bad = parseEventBody(
      '{"type":"job.queued","data":{"job":{"id":"1","kind":"training","model":"m-1","extra":true}}}',
    );
    expect(bad).toMatchObject({
      ok: false,
      code: 'invalid_payload',
      issues: [{ path: 'data.job', code: 'unrecognized_keys' }],
    });
  });

  it("refuses a version on a job that is not training, and keeps the sender's timestamp", () => {
    const wrong = parseEventBody(
      JSON.stringify({
        type: 'job.succeeded',
        data: { job: { id: '1', kind: 'evaluation', model: 'm-1' }, version: {} },
      }),
    );
    expect(wrong).toMatchObject({ ok: false, issues: [{ path: 'data.version' }] });
    const ok = parseEventBody(
      JSON.stringify({
        type: 'job.queued',
        timestamp: '2026-03-02T09:14:07+01:00',
        data: { job: { id: '1', kind: 'training', model: 'm-1' } },
      }),
    );
    expect(ok.ok && ok.occurredAt?.toISOString()).toBe('2026-03-02T08:14:07.000Z');
  });
});
