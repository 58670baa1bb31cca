/**
 * The live part of a model page's lifecycle section: polls the timeline API for events newer
 * than the last one shown and adds them at the top, and refreshes the retraining tables when
 * a retrain event arrives (or every half minute). The page is complete without it.
 */
import { formatWhen, timelineItemView, type TimelineEventInput } from '../lib/events/timeline';

const POLL_MS = 4_000;
const HIDDEN_POLL_MS = 30_000;
const RETRAINING_REFRESH_MS = 30_000;

interface RequestView {
  id: string;
  status: string;
  trigger: string;
  reason: string;
  resultVersion: number | null;
  openedAt: string;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

export function renderTimelineItem(event: TimelineEventInput): HTMLLIElement {
  const view = timelineItemView(event);
  const meta = el('div', { class: 'timeline-meta small muted' }, el('time', { datetime: view.iso }, view.when));
  if (view.version) meta.append(' · ', view.version);
  if (view.link) meta.append(' · ', el('a', { href: view.link.href, rel: 'noopener' }, view.link.text));
  return el(
    'li',
    { 'data-event-id': String(view.id), 'data-stage': view.stage },
    el('span', { class: `badge ${view.tone}`.trim() }, view.label),
    ' ',
    el('span', { class: 'timeline-summary' }, view.summary),
    meta,
  );
}

const badge = (status: string) =>
  el(
    'span',
    {
      class: `badge ${status === 'delivered' || status === 'closed' ? 'ok' : status === 'failed' || status === 'cancelled' ? 'danger' : 'warn'}`,
    },
    status,
  );

export function renderRequestRow(r: RequestView): HTMLTableRowElement {
  return el(
    'tr',
    { 'data-request': r.id },
    el('td', {}, el('code', {}, r.id)),
    el('td', {}, badge(r.status)),
    el('td', {}, r.reason),
    el('td', {}, r.resultVersion === null ? '—' : `v${r.resultVersion}`),
    el('td', {}, el('time', { datetime: r.openedAt }, formatWhen(r.openedAt))),
  );
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return (await res.json()) as T;
}

export function startModelLifecycle(root: HTMLElement): void {
  const slug = root.dataset.model!;
  const version = root.dataset.version ? `&version=${encodeURIComponent(root.dataset.version)}` : '';
  let latest = Number(root.dataset.latest ?? 0);
  const list = root.querySelector<HTMLOListElement>('[data-timeline]')!;
  const status = root.querySelector<HTMLElement>('[data-live-status]');
  const empty = root.querySelector<HTMLElement>('[data-timeline-empty]');
  const requests = root.querySelector<HTMLTableSectionElement>('[data-requests] tbody');
  let lastRefresh = Date.now();

  const refreshRetraining = async () => {
    lastRefresh = Date.now();
    // (The delivery log is for the model's group and admins only: the public page does not show it.)
    const r = await getJson<{ items: RequestView[] }>(`/api/models/${slug}/retrain-requests?limit=10`);
    requests?.replaceChildren(...r.items.map(renderRequestRow));
    root.querySelector('[data-requests]')?.toggleAttribute('hidden', r.items.length === 0);
  };

  const poll = async () => {
    try {
      let retrainSeen = false;
      for (let page = 0; page < 10; page++) {
        const body = await getJson<{ items: (TimelineEventInput & { stage: string })[]; latestId: number }>(
          `/api/models/${slug}/events?after=${latest}&limit=100${version}`,
        );
        for (const event of body.items) {
          const item = renderTimelineItem(event);
          item.classList.add('timeline-new');
          list.prepend(item);
          retrainSeen ||= event.stage.startsWith('retrain') || event.stage === 'trigger-disabled';
        }
        latest = body.latestId;
        root.dataset.latest = String(latest);
        if (body.items.length > 0) empty?.setAttribute('hidden', '');
        if (body.items.length < 100) break;
      }
      if (requests && (retrainSeen || Date.now() - lastRefresh > RETRAINING_REFRESH_MS)) await refreshRetraining();
      if (status) status.textContent = `Live · checked ${formatWhen(new Date().toISOString())}`;
    } catch {
      if (status) status.textContent = 'Live updates paused (the hub did not answer); retrying.';
    }
    setTimeout(() => void poll(), document.hidden ? HIDDEN_POLL_MS : POLL_MS);
  };
  void poll();
}
