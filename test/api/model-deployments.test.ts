import { beforeEach, describe, expect, it } from 'vitest';
import { createTestToken, modelInput, modelVersionInput } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

let hub: TestHub;
let cms: string;
let atlas: string;

beforeEach(async () => {
  hub = await createTestHub();
  cms = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
  atlas = (await createTestToken(hub.db, ['write'], 'atlas')).authorization;
  await hub.call('POST', '/api/models', { body: modelInput({ slug: 'hlt-tagger' }), headers: { authorization: cms } });
  await hub.call('POST', '/api/models/hlt-tagger/versions', {
    body: modelVersionInput(),
    headers: { authorization: cms },
  });
  await hub.call('POST', '/api/models/hlt-tagger/versions', {
    body: modelVersionInput(),
    headers: { authorization: cms },
  });
});

const deploy = (body: unknown, authorization = cms) =>
  hub.call('POST', '/api/models/hlt-tagger/deployments', { body, headers: { authorization } });

describe('model deployments', () => {
  it('records where a version runs (201 + Location), lists newest first and filters active ones', async () => {
    const first = await deploy({
      version: 1,
      kind: 'hlt',
      target: 'CMSSW_14_0_X HLT menu v1.2',
      startedAt: '2025-03-01T00:00:00Z',
    });
    expect(first.status).toBe(201);
    expect(first.headers.get('location')).toBe(`/api/models/hlt-tagger/deployments/${first.json.id}`);
    expect(first.json).toMatchObject({
      version: 1,
      kind: 'hlt',
      active: true,
      startedAt: '2025-03-01T00:00:00.000Z',
      recordedBy: 'test write',
    });
    await deploy({
      version: 2,
      kind: 'inference-server',
      target: 'SONIC Triton at T2_US_Purdue',
      url: 'https://triton.example.org',
    });
    const list = await hub.call('GET', '/api/models/hlt-tagger/deployments');
    expect(list.json.items.map((d: { version: number }) => d.version)).toEqual([2, 1]);
    expect(hub.published).toContain('model hlt-tagger deployed v1 to CMSSW_14_0_X HLT menu v1.2');

    const ended = await hub.call('POST', `/api/models/hlt-tagger/deployments/${first.json.id}/end`, {
      body: { reason: 'Replaced by v2' },
      headers: { authorization: cms },
    });
    expect(ended.status).toBe(200);
    expect(ended.json).toMatchObject({ active: false, endReason: 'Replaced by v2', endedBy: 'test write' });
    expect(
      (await hub.call('GET', '/api/models/hlt-tagger/deployments?active=true')).json.items.map(
        (d: { version: number }) => d.version,
      ),
    ).toEqual([2]);
    expect(
      (await hub.call('GET', '/api/models/hlt-tagger/deployments?active=false')).json.items.map(
        (d: { version: number }) => d.version,
      ),
    ).toEqual([1]);
    expect((await hub.call('GET', `/api/models/hlt-tagger/deployments/${first.json.id}`)).json.active).toBe(false);
    const page = await hub.call('GET', '/api/models/hlt-tagger/deployments?limit=1');
    expect(
      (await hub.call('GET', `/api/models/hlt-tagger/deployments?limit=1&cursor=${page.json.nextCursor}`)).json.items[0]
        .version,
    ).toBe(1);
  });

  it('answers 409 when ending twice and 400 when ending before the start', async () => {
    const d = await deploy({
      version: 1,
      kind: 'l1-trigger',
      target: 'CMS L1 GT board',
      startedAt: '2025-05-01T00:00:00Z',
    });
    expect(
      (
        await hub.call('POST', `/api/models/hlt-tagger/deployments/${d.json.id}/end`, {
          body: { endedAt: '2025-01-01T00:00:00Z' },
          headers: { authorization: cms },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await hub.call('POST', `/api/models/hlt-tagger/deployments/${d.json.id}/end`, {
          headers: { authorization: cms },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await hub.call('POST', `/api/models/hlt-tagger/deployments/${d.json.id}/end`, {
          body: {},
          headers: { authorization: cms },
        })
      ).status,
    ).toBe(409);
  });

  it('answers 400, 401, 403, 404 and 422 where due', async () => {
    expect((await deploy({ version: 1, kind: 'cloud', target: '' })).status).toBe(400);
    expect(
      (await hub.call('POST', '/api/models/hlt-tagger/deployments', { body: { version: 1, kind: 'hlt', target: 'x' } }))
        .status,
    ).toBe(401);
    expect((await deploy({ version: 1, kind: 'hlt', target: 'x' }, atlas)).status).toBe(403);
    expect(
      (
        await hub.call('POST', '/api/models/nope/deployments', {
          body: { version: 1, kind: 'hlt', target: 'x' },
          headers: { authorization: cms },
        })
      ).status,
    ).toBe(404);
    expect((await deploy({ version: 5, kind: 'hlt', target: 'x' })).status).toBe(422);
    expect((await hub.call('GET', '/api/models/hlt-tagger/deployments/999')).status).toBe(404);
    expect(
      (await hub.call('POST', '/api/models/hlt-tagger/deployments/999/end', { headers: { authorization: cms } }))
        .status,
    ).toBe(404);
    expect((await hub.call('GET', '/api/models/hlt-tagger/deployments?active=maybe')).status).toBe(400);
    expect((await hub.call('GET', '/api/models/hlt-tagger/deployments')).json.items).toEqual([]);
  });
});
