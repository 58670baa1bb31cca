/**
 * The inspector's graph view, loaded (dynamic import) only once a file has been chosen: draws
 * each graph as Netron does, from a layout made in a worker (graph-worker.ts), with pan and zoom,
 * search, a detail panel per node and colouring by each engine's verdict.
 */
import {
  VERDICT_LOOK,
  nodeAriaLabel,
  renderGraphSvg,
  renderGraphCrumbs,
  renderGraphViewFrame,
  renderSearchMatches,
  renderNodeDetail,
  verdictOf,
} from '../../html/onnx-graph';
import type { CoverageReport, InspectReport } from '../../lib/onnx';
import {
  searchGraph,
  type GraphEngineId,
  type GraphModel,
  type GraphNodeModel,
  type GraphViewModel,
} from '../../lib/onnx/graph-model';
import type { ViewLayout } from './graph-geometry';
import { GraphWorkerClient, MAX_DRAWN_NODES } from './graph-messages';
import './graph-view.css';

const MIN_ZOOM = 0.03;
const MAX_ZOOM = 4;
const ZOOM_STEP = 1.25;

interface Transform {
  x: number;
  y: number;
  k: number;
}

class GraphView {
  // Assigned in the constructor (not as field initialisers, which would run before `root` is set).
  private readonly svg: SVGSVGElement;
  private readonly canvas: HTMLElement;
  private readonly detail: HTMLElement;
  private readonly status: HTMLElement;
  private readonly engineSelect: HTMLSelectElement;
  private readonly search: HTMLInputElement;
  private readonly matches: HTMLUListElement;
  private readonly crumbs: HTMLElement;
  private model: GraphModel | null = null;
  private view: GraphViewModel | null = null;
  private layout: ViewLayout | null = null;
  private nodesById = new Map<string, GraphNodeModel>();
  private elements: SVGGElement[] = [];
  private focusIndex = 0;
  private transform: Transform = { x: 0, y: 0, k: 1 };
  private engine: GraphEngineId = 'ort-cpu';
  private worker: GraphWorkerClient | null = null;
  private generation = 0;

  private readonly root: HTMLElement;

  constructor(root: HTMLElement) {
    this.root = root;
    this.svg = this.q<SVGSVGElement>('[data-graph-svg]');
    this.canvas = this.q<HTMLElement>('[data-graph-canvas]');
    this.detail = this.q<HTMLElement>('[data-graph-detail]');
    this.status = this.q<HTMLElement>('[data-graph-status]');
    this.engineSelect = this.q<HTMLSelectElement>('[data-graph-engine]');
    this.search = this.q<HTMLInputElement>('[data-graph-search]');
    this.matches = this.q<HTMLUListElement>('[data-graph-matches]');
    this.crumbs = this.q<HTMLElement>('[data-graph-crumbs]');
    this.bind();
  }

  private q<T extends Element>(selector: string): T {
    return this.root.querySelector<T>(selector)!;
  }

  async open(bytes: Uint8Array, report: InspectReport, coverage: CoverageReport): Promise<void> {
    const mine = ++this.generation;
    const started = performance.now();
    this.worker?.close();
    this.worker = new GraphWorkerClient();
    this.root.dataset.graphState = 'laying-out';
    this.status.textContent = `Laying out ${report.nodeCount.toLocaleString('en-US')} nodes…`;
    this.svg.innerHTML = '';
    const reply = await this.worker.open(bytes, report, coverage);
    if (mine !== this.generation) return;
    if (!reply.ok || !reply.model) return this.fail(reply.ok ? 'The graph could not be drawn.' : reply.message);
    this.model = reply.model;
    this.nodesById = new Map(Object.values(reply.model.views).flatMap((v) => v.nodes.map((n) => [n.id, n])));
    this.resetDetail();
    this.draw('', reply.layout);
    this.root.dataset.graphRenderMs = String(Math.round(performance.now() - started));
  }

  private fail(message: string) {
    this.root.dataset.graphState = 'error';
    this.status.textContent = message;
  }

  /** Shows a view: draws it from its layout (asking the worker for it when needed). */
  private async show(path: string, then?: () => void): Promise<void> {
    if (!this.model || !this.worker) return;
    if (this.view?.path === path) return then?.();
    const mine = this.generation;
    this.root.dataset.graphState = 'laying-out';
    const reply = await this.worker.layout(path);
    if (mine !== this.generation) return;
    if (!reply.ok) return this.fail(reply.message);
    this.draw(path, reply.layout);
    then?.();
  }

  private draw(path: string, layout: ViewLayout | null) {
    const view = this.model!.views[path]!;
    this.view = view;
    this.layout = layout;
    this.renderCrumbs();
    const ops = view.nodes.filter((n) => n.kind === 'op').length;
    const where = view.path ? `Subgraph ${view.path}` : `Main graph${view.title ? ` ${view.title}` : ''}`;
    if (!layout) {
      this.svg.innerHTML = '';
      this.elements = [];
      this.status.textContent = `${where} has ${ops.toLocaleString('en-US')} nodes, more than the graph view draws (${MAX_DRAWN_NODES.toLocaleString('en-US')}); the Nodes table lists them.`;
      this.root.dataset.graphState = 'too-large';
      return;
    }
    this.svg.innerHTML = renderGraphSvg(view, layout, this.engine);
    this.svg.setAttribute('aria-label', `${where}: ${ops} nodes, ${view.edges.length} edges`);
    this.elements = [...this.svg.querySelectorAll<SVGGElement>('.graph-node')];
    this.focusIndex = 0;
    this.elements[0]?.setAttribute('tabindex', '0');
    const subgraphs = view.nodes.reduce((n, node) => n + node.subgraphs.length, 0);
    const truncated = this.model!.truncated ? ' Only the nodes the report lists are drawn.' : '';
    this.status.textContent = `${where}: ${ops.toLocaleString('en-US')} nodes, ${view.edges.length.toLocaleString('en-US')} edges${subgraphs ? `, ${subgraphs} subgraphs (open them with ⊞)` : ''}.${truncated}`;
    this.start();
    this.root.dataset.graphPath = path;
    this.root.dataset.graphState = 'drawn';
  }

  private renderCrumbs() {
    const chain: GraphViewModel[] = [];
    for (
      let v: GraphViewModel | undefined = this.view!;
      v;
      v = v.parent === null ? undefined : this.model!.views[v.parent]
    )
      chain.unshift(v);
    this.crumbs.innerHTML = renderGraphCrumbs(chain);
  }

  // --- Pan and zoom ---------------------------------------------------------------------------

  private apply() {
    const { x, y, k } = this.transform;
    this.svg.querySelector('[data-graph-viewport]')?.setAttribute('transform', `translate(${x},${y}) scale(${k})`);
    this.root.dataset.graphZoom = k.toFixed(3);
  }

  /** Initial view: the whole graph if it is readable that way, else its top (the inputs) at 100 %. */
  private start() {
    const fit = this.fitTransform();
    if (fit.k >= 0.6) this.transform = fit;
    else this.transform = { k: 1, x: (this.canvas.clientWidth - this.layout!.width) / 2, y: 0 };
    this.apply();
  }

  private fitTransform(): Transform {
    const w = this.canvas.clientWidth || 800;
    const h = this.canvas.clientHeight || 600;
    const { width, height } = this.layout ?? { width: 1, height: 1 };
    const k = Math.max(MIN_ZOOM, Math.min(1.5, w / Math.max(width, 1), h / Math.max(height, 1)));
    return { k, x: (w - width * k) / 2, y: (h - height * k) / 2 };
  }

  private zoom(factor: number, cx = this.canvas.clientWidth / 2, cy = this.canvas.clientHeight / 2) {
    const { x, y, k } = this.transform;
    const next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, k * factor));
    this.transform = { k: next, x: cx - ((cx - x) * next) / k, y: cy - ((cy - y) * next) / k };
    this.apply();
  }

  private centreOn(id: string) {
    const laid = this.layout?.nodes.find((n) => n.id === id);
    if (!laid) return;
    const k = Math.max(this.transform.k, 1);
    this.transform = { k, x: this.canvas.clientWidth / 2 - laid.x * k, y: this.canvas.clientHeight / 2 - laid.y * k };
    this.apply();
  }

  // --- Nodes, search, colouring ----------------------------------------------------------------

  private select(id: string, moveFocus: boolean) {
    const node = this.nodesById.get(id);
    if (!node || !this.view) return;
    for (const el of this.svg.querySelectorAll('.is-selected')) el.classList.remove('is-selected');
    const el = this.elementOf(id);
    el?.classList.add('is-selected');
    if (el) this.setFocusIndex(this.elements.indexOf(el), false);
    this.detail.innerHTML = renderNodeDetail(node, this.view, this.model!);
    this.detail.dataset.node = id;
    if (moveFocus) this.detail.querySelector<HTMLElement>('#graph-detail-title')?.focus();
  }

  private resetDetail() {
    this.detail.innerHTML =
      '<h4 id="graph-detail-title" tabindex="-1">Node details</h4><p class="small muted">Choose a node (click it, or focus the graph, move with the arrow keys and press Enter).</p>';
    delete this.detail.dataset.node;
  }

  private elementOf(id: string): SVGGElement | undefined {
    return this.elements.find((el) => el.dataset.nodeId === id);
  }

  private setFocusIndex(index: number, focus: boolean) {
    if (index < 0 || index >= this.elements.length) return;
    this.elements[this.focusIndex]?.setAttribute('tabindex', '-1');
    this.focusIndex = index;
    const el = this.elements[index]!;
    el.setAttribute('tabindex', '0');
    if (focus) {
      el.focus({ preventScroll: true });
      const laid = this.layout!.nodes.find((n) => n.id === el.dataset.nodeId);
      if (laid) {
        const { x, y, k } = this.transform;
        const sx = laid.x * k + x;
        const sy = laid.y * k + y;
        if (sx < 0 || sy < 0 || sx > this.canvas.clientWidth || sy > this.canvas.clientHeight) this.centreOn(laid.id);
      }
    }
  }

  private highlight(hit: { node: string; kind: 'node' | 'tensor'; label: string }) {
    for (const el of this.svg.querySelectorAll('.is-match')) el.classList.remove('is-match');
    this.elementOf(hit.node)?.classList.add('is-match');
    if (hit.kind === 'tensor') {
      for (const el of this.svg.querySelectorAll<SVGGElement>('.graph-edge'))
        if (el.dataset.tensor === hit.label) el.classList.add('is-match');
    }
    this.centreOn(hit.node);
  }

  private runSearch() {
    const hits = this.model ? searchGraph(this.model, this.search.value) : [];
    const count = this.q<HTMLElement>('[data-graph-search-count]');
    count.textContent = this.search.value.trim() ? `${hits.length}${hits.length === 50 ? '+' : ''} found` : '';
    this.matches.hidden = hits.length === 0;
    this.matches.innerHTML = renderSearchMatches(hits);
    this.matches.onclick = (event) => {
      const button = (event.target as Element).closest<HTMLElement>('[data-hit]');
      const hit = button ? hits[Number(button.dataset.hit)] : undefined;
      if (hit) void this.show(hit.view, () => this.highlight(hit));
    };
  }

  private colour() {
    this.engine = this.engineSelect.value as GraphEngineId;
    this.root.dataset.graphEngine = this.engine;
    for (const el of this.elements) {
      const node = this.nodesById.get(el.dataset.nodeId!);
      if (!node || node.kind !== 'op') continue;
      const verdict = verdictOf(node, this.engine);
      if (!verdict) continue;
      el.dataset.verdict = verdict;
      el.setAttribute('aria-label', nodeAriaLabel(node, this.engine));
      const icon = el.querySelector('.graph-verdict-icon');
      if (icon) icon.textContent = VERDICT_LOOK[verdict].icon;
    }
  }

  private bind() {
    this.q('[data-graph-zoom-in]').addEventListener('click', () => this.zoom(ZOOM_STEP));
    this.q('[data-graph-zoom-out]').addEventListener('click', () => this.zoom(1 / ZOOM_STEP));
    this.q('[data-graph-fit]').addEventListener('click', () => {
      this.transform = this.fitTransform();
      this.apply();
    });
    this.engineSelect.addEventListener('change', () => this.colour());
    this.search.addEventListener('input', () => this.runSearch());
    this.search.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        this.matches.querySelector<HTMLButtonElement>('button')?.click();
      }
    });
    // Subgraph links: the ⊞ controls in the drawing, the breadcrumbs, and the detail panel.
    this.root.addEventListener('click', (event) => {
      const open = (event.target as Element).closest<HTMLElement | SVGElement>('[data-open-view]');
      if (open) void this.show(open.dataset.openView!);
    });

    let drag: { x: number; y: number; moved: boolean; id: number } | null = null;
    this.canvas.addEventListener('pointerdown', (event) => {
      if (event.button !== 0) return;
      drag = { x: event.clientX, y: event.clientY, moved: false, id: event.pointerId };
    });
    this.canvas.addEventListener('pointermove', (event) => {
      if (!drag || drag.id !== event.pointerId) return;
      const dx = event.clientX - drag.x;
      const dy = event.clientY - drag.y;
      if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
      if (!drag.moved) this.canvas.setPointerCapture(event.pointerId);
      drag = { ...drag, x: event.clientX, y: event.clientY, moved: true };
      this.transform = { ...this.transform, x: this.transform.x + dx, y: this.transform.y + dy };
      this.apply();
    });
    let dragged = false;
    const endDrag = (event: PointerEvent) => {
      if (!drag || drag.id !== event.pointerId) return;
      dragged = drag.moved;
      drag = null;
    };
    this.canvas.addEventListener('pointerup', endDrag);
    // A click (not the end of a drag) on a node shows its details.
    this.canvas.addEventListener('click', (event) => {
      if (dragged) {
        dragged = false;
        return;
      }
      const target = event.target as Element;
      if (target.closest('[data-open-view]')) return;
      const node = target.closest<SVGGElement>('.graph-node');
      if (node?.dataset.nodeId) this.select(node.dataset.nodeId, false);
    });
    this.canvas.addEventListener('pointercancel', () => (drag = null));
    this.canvas.addEventListener(
      'wheel',
      (event) => {
        event.preventDefault();
        if (event.ctrlKey || event.metaKey) {
          const box = this.canvas.getBoundingClientRect();
          this.zoom(Math.exp(-event.deltaY / 300), event.clientX - box.left, event.clientY - box.top);
        } else {
          this.transform = {
            ...this.transform,
            x: this.transform.x - event.deltaX,
            y: this.transform.y - event.deltaY,
          };
          this.apply();
        }
      },
      { passive: false },
    );
    this.canvas.addEventListener('keydown', (event) => {
      const target = event.target as Element;
      const onNode = target.closest<SVGGElement>('.graph-node');
      const onExpand = target.closest<SVGGElement>('.graph-expand');
      switch (event.key) {
        case '+':
        case '=':
          this.zoom(ZOOM_STEP);
          break;
        case '-':
        case '_':
          this.zoom(1 / ZOOM_STEP);
          break;
        case '0':
          this.transform = this.fitTransform();
          this.apply();
          break;
        case 'Enter':
        case ' ':
          if (onExpand) void this.show(onExpand.dataset.openView!);
          else if (onNode?.dataset.nodeId) this.select(onNode.dataset.nodeId, true);
          else if (target === this.canvas) this.setFocusIndex(this.focusIndex, true);
          else return;
          break;
        case 'ArrowDown':
        case 'ArrowRight':
        case 'ArrowUp':
        case 'ArrowLeft': {
          const step = event.key === 'ArrowDown' || event.key === 'ArrowRight' ? 1 : -1;
          if (onNode) this.setFocusIndex(this.focusIndex + step, true);
          else if (target === this.canvas) {
            const horizontal = event.key === 'ArrowLeft' || event.key === 'ArrowRight';
            const d = -step * 60;
            this.transform = {
              ...this.transform,
              x: this.transform.x + (horizontal ? d : 0),
              y: this.transform.y + (horizontal ? 0 : d),
            };
            this.apply();
          } else return;
          break;
        }
        case 'Home':
          if (!onNode) return;
          this.setFocusIndex(0, true);
          break;
        case 'End':
          if (!onNode) return;
          this.setFocusIndex(this.elements.length - 1, true);
          break;
        default:
          return;
      }
      event.preventDefault();
    });
  }
}

const views = new WeakMap<HTMLElement, GraphView>();

/** Draws the graph of the chosen file into `root` (the page's `[data-graph-view]`). */
export function showGraph(
  root: HTMLElement,
  bytes: Uint8Array,
  report: InspectReport,
  coverage: CoverageReport,
): Promise<void> {
  let view = views.get(root);
  if (!view) {
    root.innerHTML = renderGraphViewFrame();
    view = new GraphView(root);
    views.set(root, view);
  }
  root.hidden = false;
  return view.open(bytes, report, coverage);
}
