import { expect, it } from 'vitest';
import { waitFor } from '../helpers/hub-server';
import { api, describeBrowser, hubUrl } from './context';

describeBrowser('publishing on the running server', () => {
  it('never serves a half-built site while republishing, and the new page goes live', async () => {
    const slug = `publish-probe-${Date.now()}`;
    const before = (await (await fetch(`${hubUrl}/api/site/status`)).json()).lastPublishedAt;
    const created = await api('POST', '/api/tools', {
      slug,
      name: `Publish probe ${slug}`,
      summary: 'Checks atomic swaps.',
      categories: ['library'],
      accessSteps: [{ text: 'Nothing.' }],
    });
    expect(created.status).toBe(201);

    // Hammer pages across the rebuild and swap: every answer must be a complete page.
    const answers: { status: number; complete: boolean }[] = [];
    let live = false;
    const deadline = Date.now() + 60_000;
    while (!live && Date.now() < deadline) {
      const [index, page] = await Promise.all([fetch(`${hubUrl}/tools/`), fetch(`${hubUrl}/tools/${slug}/`)]);
      const html = await index.text();
      answers.push({ status: index.status, complete: html.trimEnd().endsWith('</html>') });
      live = page.status === 200;
      await page.arrayBuffer();
    }
    expect(live).toBe(true);
    expect(answers.length).toBeGreaterThan(3);
    expect(answers.filter((a) => a.status !== 200 || !a.complete)).toEqual([]);

    const status = await waitFor(async () => {
      const s = await (await fetch(`${hubUrl}/api/site/status`)).json();
      if (s.lastPublishedAt === before) throw new Error('not republished');
      return s;
    });
    const page = await (await fetch(`${hubUrl}/tools/${slug}/`)).text();
    expect(page).toContain(`<time datetime="${status.lastPublishedAt}"`);
  });
});
