import { renderCoverageMatrix } from '../../html/onnx-coverage';
import { renderReportSummary } from '../../html/onnx-report';
import type { CoverageReport, InspectReport } from '../../lib/onnx';
import { inspectInWorker } from './inspect-messages';
import { showNodes } from './node-pager';
import { ModelTrial } from './try-it';

/** The page holds the file twice (page and worker); beyond this a tab may run out of memory. */
const MAX_BROWSER_FILE_BYTES = 2 ** 30;

/** The graph view (and dagre, its layout library) loads only once a file has been chosen. */
function drawGraph(host: HTMLElement, bytes: Uint8Array, report: InspectReport, coverage: CoverageReport): void {
  import('./graph-view')
    .then(({ showGraph }) => showGraph(host, bytes, report, coverage))
    .catch((error: unknown) => {
      host.dataset.graphState = 'error';
      host.textContent = `The graph view could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
    });
}

/** Only the hub's own files may be opened by URL (`?model=/models/x.onnx`): nothing is fetched from elsewhere. */
function hubModelPath(param: string | null): string | undefined {
  if (!param) return undefined;
  const url = new URL(param, location.origin);
  return url.origin === location.origin && /^\/models\/[\w.-]+\.onnx$/.test(url.pathname) ? url.pathname : undefined;
}

/**
 * The inspector page: a file from the picker, a drop or `?model=` is read in the browser,
 * inspected in a Web Worker (with a timeout) and shown as report, node list and coverage matrix.
 */
export function mountInspector(root: HTMLElement): void {
  const q = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const status = q('[data-inspect-status]');
  const errorBox = q('[data-inspect-error]');
  const result = q('[data-inspect-result]');
  const dropZone = q('[data-drop-zone]');
  const fileInput = q<HTMLInputElement>('[data-file-input]');
  const trial = new ModelTrial(q('[data-try]'));
  let generation = 0;

  root.querySelectorAll<HTMLElement>('[data-needs-js]').forEach((el) => (el.hidden = false));
  root.querySelectorAll<HTMLElement>('[data-no-js]').forEach((el) => (el.hidden = true));

  function fail(message: string, code: string) {
    errorBox.querySelector('[data-inspect-error-message]')!.textContent = message;
    errorBox.dataset.code = code;
    errorBox.hidden = false;
    result.hidden = true;
    status.textContent = '';
    root.dataset.state = 'error';
  }

  async function inspect(name: string, bytes: Uint8Array): Promise<void> {
    const mine = ++generation;
    errorBox.hidden = true;
    root.dataset.state = 'inspecting';
    status.textContent = `Inspecting ${name} (${bytes.length.toLocaleString('en-US')} bytes) in your browser…`;
    const reply = await inspectInWorker(bytes);
    if (mine !== generation) return;
    if (!reply.ok) return fail(reply.message, reply.code);
    const { report, coverage } = reply.result;
    q('[data-file-name]').textContent = name;
    q('[data-report-summary]').innerHTML = renderReportSummary(report);
    showNodes(q('[data-node-list]'), report);
    q('[data-coverage]').innerHTML = renderCoverageMatrix(coverage);
    result.hidden = false;
    status.textContent = `${name}: inspected in your browser; nothing was uploaded.`;
    root.dataset.state = 'inspected';
    root.dataset.sha256 = report.sha256;
    drawGraph(q('[data-graph-view]'), bytes, report, coverage);
    await trial.load(bytes, report, coverage);
  }

  async function openFile(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_BROWSER_FILE_BYTES) {
      fail(
        `${file.name} is ${(file.size / 2 ** 30).toFixed(1)} GiB, more than this page reads into memory (1 GiB). ` +
          'Inspect it with `npx hub onnx inspect` on your machine.',
        'too_large',
      );
      return;
    }
    try {
      await inspect(file.name, new Uint8Array(await file.arrayBuffer()));
    } catch (error) {
      fail(`The file could not be read: ${error instanceof Error ? error.message : String(error)}`, 'unreadable');
    }
  }

  fileInput.addEventListener('change', () => void openFile(fileInput.files?.[0]));
  for (const type of ['dragenter', 'dragover'] as const) {
    dropZone.addEventListener(type, (event) => {
      event.preventDefault();
      dropZone.classList.add('dragging');
    });
  }
  dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dragging'));
  dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    dropZone.classList.remove('dragging');
    void openFile(event.dataTransfer?.files[0]);
  });
  // A file dropped next to the zone should not make the browser navigate away from the page.
  window.addEventListener('dragover', (event) => event.preventDefault());
  window.addEventListener('drop', (event) => {
    event.preventDefault();
    if (!dropZone.contains(event.target as Node)) void openFile(event.dataTransfer?.files[0]);
  });

  const fromUrl = hubModelPath(new URLSearchParams(location.search).get('model'));
  if (fromUrl) {
    status.textContent = `Loading ${fromUrl} from this hub…`;
    fetch(fromUrl)
      .then(async (r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        await inspect(fromUrl.split('/').pop()!, new Uint8Array(await r.arrayBuffer()));
      })
      .catch((error: unknown) =>
        fail(`${fromUrl} could not be loaded: ${error instanceof Error ? error.message : String(error)}`, 'unreadable'),
      );
  }
}
