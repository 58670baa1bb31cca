/**
 * The demo's "Load model" step: nothing heavy downloads until the visitor asks. The button names
 * the download's size (the ONNX runtime's WASM binary plus the model, unpacked); the progress bar
 * and its text count the bytes received against that total while the files stream in.
 */

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export interface LoadGate {
  /** Whether the visitor has asked for the model (nothing loads before). */
  readonly requested: boolean;
  /** Reports bytes received so far of one of the downloads (`part`: 'runtime' or 'model'). */
  progress(part: 'runtime' | 'model', loadedBytes: number): void;
  /** The runtime and model are in: hides the loader. */
  done(): void;
  /** Loading failed: the button comes back, to try again. */
  failed(): void;
}

/**
 * Wires the loader inside `root` (`[data-demo-load]` with `[data-load-model]`, `[data-load-progress]`
 * and `[data-load-bytes]`). `onLoad` runs when the visitor clicks the button.
 */
export function mountLoadGate(root: HTMLElement, onLoad: () => void): LoadGate {
  const box = root.querySelector<HTMLElement>('[data-demo-load]');
  const button = root.querySelector<HTMLButtonElement>('[data-load-model]');
  const bar = root.querySelector<HTMLProgressElement>('[data-load-progress]');
  const text = root.querySelector<HTMLElement>('[data-load-bytes]');
  const total = Number(box?.dataset.runtimeBytes ?? 0) + Number(box?.dataset.modelBytes ?? 0);
  const received = { runtime: 0, model: 0 };
  let requested = false;

  const render = () => {
    const loaded = Math.min(total, received.runtime + received.model);
    if (bar) {
      bar.max = total;
      bar.value = loaded;
    }
    if (text) text.textContent = `${mb(loaded)} MB of ${mb(total)} MB`;
  };

  button?.addEventListener('click', () => {
    requested = true;
    button.disabled = true;
    if (bar) bar.hidden = false;
    root.dataset.loadRequested = 'true';
    render();
    onLoad();
  });

  return {
    get requested() {
      return requested;
    },
    progress(part, loadedBytes) {
      received[part] = loadedBytes;
      render();
    },
    done() {
      received.runtime = Number(box?.dataset.runtimeBytes ?? 0);
      received.model = Number(box?.dataset.modelBytes ?? 0);
      render();
      if (box) box.hidden = true;
    },
    failed() {
      requested = false;
      if (button) button.disabled = false;
      if (bar) bar.hidden = true;
      delete root.dataset.loadRequested;
    },
  };
}
