/** What the Node host says about profiling its own demo models (GET /api/benchmarks/self-profile). */
export interface SelfProfileStatus {
  state: 'disabled' | 'waiting' | 'running' | 'done' | 'failed' | 'skipped';
  done: number;
  total: number;
  current: string | null;
  stored: number;
  message: string;
}

const POLL_MS = 2000;

/**
 * Shows the first-start self-profile while it runs (a progress bar and the configuration being
 * measured) and, when it stored results during this visit, a link that reloads the page, which is
 * rendered on the server and so shows them only once reloaded. Hosts without self-profiling (the
 * edge) answer 404 and the element stays hidden.
 */
export function mountSelfProfileStatus(root: HTMLElement) {
  const text = root.querySelector<HTMLElement>('[data-self-profile-text]')!;
  const bar = root.querySelector<HTMLProgressElement>('progress')!;
  const reload = root.querySelector<HTMLElement>('[data-self-profile-reload]');
  let sawRunning = false;

  async function poll() {
    let status: SelfProfileStatus;
    try {
      const response = await fetch('/api/benchmarks/self-profile', { headers: { accept: 'application/json' } });
      if (!response.ok) return;
      status = (await response.json()) as SelfProfileStatus;
    } catch {
      return;
    }
    root.dataset.state = status.state;
    const active = status.state === 'waiting' || status.state === 'running';
    root.hidden = !(active || status.state === 'failed' || (status.state === 'done' && status.stored > 0));
    bar.hidden = !active;
    bar.max = Math.max(1, status.total);
    bar.value = status.done;
    text.textContent = status.message;
    sawRunning ||= active;
    if (reload) reload.hidden = !(sawRunning && status.state === 'done' && status.stored > 0);
    if (active) setTimeout(() => void poll(), POLL_MS);
  }

  void poll();
}
