import { beforeEach, describe, expect, it } from 'vitest';
import { createTestToken, modelInput } from '../factories';
import { createLifecycleHub, sourceFor, type LifecycleHub } from '../helpers/lifecycle';

let hub: LifecycleHub;
let source: { id: string; secret: string };

beforeEach(async () => {
  hub = await createLifecycleHub();
  source = await sourceFor(hub, 'cms');
  const cms = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
  await hub.call('POST', '/api/models', { body: modelInput({ slug: 'jet-tagger' }), headers: { authorization: cms } });
  await hub.call('POST', '/api/models/jet-tagger/studies', {
    body: {
      slug: 'lr-scan',
      name: 'Learning-rate scan',
      objective: { metric: 'val_loss', direction: 'minimize' },
      searchSpace: { lr: { type: 'float', low: 1e-5, high: 0.1, log: true } },
    },
    headers: { authorization: cms },
  });
});

const send = (type: string, data: Record<string, unknown>) =>
  hub.deliver(source, { type, data: { model: 'jet-tagger', study: 'lr-scan', ...data } });

describe('hpo.trial.* webhook events', () => {
  it('start, report and finish a trial over the signed webhook, logged on the model timeline', async () => {
    expect(
      (
        await send('hpo.trial.started', {
          params: { lr: 0.001 },
          job: { id: '8123470', ciUrl: 'https://ci.example.org/j/1' },
        })
      ).status,
    ).toBe(200);
    expect((await send('hpo.trial.reported', { trial: 0, step: 0, value: 0.8 })).status).toBe(200);
    expect((await send('hpo.trial.reported', { trial: 0, step: 1, value: 0.5 })).status).toBe(200);
    expect((await send('hpo.trial.finished', { trial: 0, state: 'COMPLETE', value: 0.47, gpuHours: 1.5 })).status).toBe(
      200,
    );
    const trial = (await hub.call('GET', '/api/models/jet-tagger/studies/lr-scan/trials/0')).json;
    expect(trial).toMatchObject({
      state: 'COMPLETE',
      value: 0.47,
      gpuHours: 1.5,
      job: { id: '8123470', url: 'https://ci.example.org/j/1' },
      intermediateValues: [
        { step: 0, value: 0.8 },
        { step: 1, value: 0.5 },
      ],
    });
    const events = (await hub.call('GET', '/api/models/jet-tagger/events?type=hpo.trial.finished')).json.items;
    expect(events[0].summary).toBe('HPO trial 0 of "lr-scan" COMPLETE (0.47)');
  });

  it('rejects parameters outside the space (422), unknown studies (422), finished trials (409) and payloads that fail the schema (422)', async () => {
    const out = await send('hpo.trial.started', { params: { lr: 5 } });
    expect(out.status).toBe(422);
    expect((await send('hpo.trial.started', { study: 'nope', params: { lr: 0.01 } })).status).toBe(422);
    await send('hpo.trial.started', { params: { lr: 0.01 } });
    await send('hpo.trial.finished', { trial: 0, state: 'PRUNED' });
    expect((await send('hpo.trial.reported', { trial: 0, step: 2, value: 0.1 })).status).toBe(409);
    expect((await send('hpo.trial.finished', { trial: 0, state: 'COMPLETE' })).status).toBe(422);
  });

  it('refuses a source of another group (403)', async () => {
    const atlas = await sourceFor(hub, 'atlas');
    const res = await hub.deliver(atlas, {
      type: 'hpo.trial.started',
      data: { model: 'jet-tagger', study: 'lr-scan', params: { lr: 0.01 } },
    });
    expect(res.status).toBe(403);
  });
});
