import { expect, it } from 'vitest';
import { signStandard } from '../../src/lib/webhooks';
import { api, describeBrowser, hubUrl, useBrowser } from './context';

describeBrowser('model lifecycle timeline in Chromium', () => {
  const browser = useBrowser();

  it('shows a new CI event on the model page live, without a rebuild', async () => {
    const slug = `live-timeline-${Date.now()}`;
    const created = await api('POST', '/api/models', {
      slug,
      name: `Live timeline ${slug}`,
      summary: 'Receives CI events in a browser test.',
      task: 'trigger',
      ownerGroup: 'it',
    });
    expect(created.status).toBe(201);
    const source = await api('POST', '/api/webhooks/sources', { name: 'browser test CI', group: 'it' });
    expect(source.status).toBe(201);
    const deliver = async (type: string, data: unknown) => {
      const id = `msg_${type}_${Date.now()}`;
      const timestamp = Math.floor(Date.now() / 1000);
      const body = JSON.stringify({ type, data });
      const res = await fetch(`${hubUrl}/api/hooks/${source.json.id}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'webhook-id': id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': await signStandard({ secret: source.json.secret, id, timestamp, body }),
        },
        body,
      });
      expect(res.status).toBe(200);
    };
    await deliver('job.queued', {
      job: { id: 'b1', kind: 'training', model: slug, ciUrl: 'https://ci.example.org/jobs/b1' },
    });

    // The model page exists as soon as the model does: pages render on demand.
    expect((await fetch(`${hubUrl}/models/${slug}/`)).status).toBe(200);

    const page = await browser.newPage();
    await page.goto(`${hubUrl}/models/${slug}/`);
    const timeline = page.locator('[data-lifecycle] [data-timeline] li');
    await expect.poll(() => timeline.count(), { timeout: 15_000 }).toBe(1);
    expect(await timeline.first().getAttribute('data-stage')).toBe('queued');

    await deliver('job.started', { job: { id: 'b1', kind: 'training', model: slug, hardware: 'Live GPU 80GB' } });
    await expect.poll(() => timeline.count(), { timeout: 20_000 }).toBe(2);
    const newest = timeline.first();
    expect(await newest.getAttribute('data-stage')).toBe('started');
    expect(await newest.locator('.timeline-summary').textContent()).toBe('Training job b1 started on Live GPU 80GB');
    expect(await page.locator('[data-live-status]').textContent()).toMatch(/^Live · checked/);

    expect(page.errors).toEqual([]);

    // Without JavaScript a fresh load shows the event too: the delivery dropped the cached page.
    const plain = await browser.newPage({ javaScriptEnabled: false });
    await plain.goto(`${hubUrl}/models/${slug}/`);
    expect(await plain.locator('[data-lifecycle] h2').textContent()).toBe('Lifecycle');
    const plainTimeline = plain.locator('[data-lifecycle] [data-timeline] li');
    expect(await plainTimeline.count()).toBe(2);
    expect(await plainTimeline.first().getAttribute('data-stage')).toBe('started');
  }, 240_000);

  it('shows a version, a promotion and a deployment made through the REST API live on the open page', async () => {
    const slug = `rest-timeline-${Date.now()}`;
    const created = await api('POST', '/api/models', {
      slug,
      name: `REST timeline ${slug}`,
      summary: 'Promoted and deployed through the REST API in a browser test.',
      task: 'trigger',
      ownerGroup: 'it',
    });
    expect(created.status).toBe(201);

    const page = await browser.newPage();
    await page.goto(`${hubUrl}/models/${slug}/`);
    await expect.poll(() => page.locator('[data-live-status]').textContent(), { timeout: 15_000 }).toMatch(/^Live/);
    const timeline = page.locator('[data-lifecycle] [data-timeline] li');
    const shown = await timeline.count();

    const version = await api('POST', `/api/models/${slug}/versions`, {
      artifacts: [{ name: 'model.onnx', format: 'onnx', uri: `s3://models/${slug}/model.onnx` }],
    });
    expect(version.status).toBe(201);
    expect((await api('PUT', `/api/models/${slug}/aliases/production`, { version: 1 })).status).toBe(201);
    const deployed = await api('POST', `/api/models/${slug}/deployments`, {
      version: 1,
      kind: 'l1-trigger',
      target: 'CMS L1 GT board',
    });
    expect(deployed.status).toBe(201);

    await expect.poll(() => timeline.count(), { timeout: 20_000 }).toBe(shown + 3);
    const stages = await timeline.evaluateAll((items) => items.slice(0, 3).map((li) => li.getAttribute('data-stage')));
    expect(stages).toEqual(['deployed', 'promoted', 'registered']);
    expect(await timeline.first().locator('.timeline-summary').textContent()).toBe(
      'Deployed v1 to CMS L1 GT board — Level-1 trigger (FPGA)',
    );
    expect(await timeline.nth(1).locator('.badge').textContent()).toBe('Promoted');
    expect(page.errors).toEqual([]);
  }, 240_000);
});
