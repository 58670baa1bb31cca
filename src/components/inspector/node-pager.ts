import type { InspectReport } from '../../lib/onnx';
import { renderNodeRows } from '../../html/onnx-report';

export const NODES_PER_PAGE = 100;

/** Shows the node list a page at a time, so a model with thousands of nodes stays light. */
export function showNodes(container: HTMLElement, report: InspectReport): void {
  const rows = container.querySelector<HTMLElement>('[data-node-rows]')!;
  const range = container.querySelector<HTMLElement>('[data-node-range]')!;
  const prev = container.querySelector<HTMLButtonElement>('[data-node-prev]')!;
  const next = container.querySelector<HTMLButtonElement>('[data-node-next]')!;
  const nodes = report.nodes;
  let page = 0;
  const pages = Math.max(1, Math.ceil(nodes.length / NODES_PER_PAGE));

  const render = () => {
    const from = page * NODES_PER_PAGE;
    const to = Math.min(nodes.length, from + NODES_PER_PAGE);
    rows.innerHTML = renderNodeRows(nodes, from, to);
    const capped = report.nodesTruncated
      ? ` (the first ${nodes.length.toLocaleString('en-US')} of ${report.nodeCount.toLocaleString('en-US')} are listed)`
      : '';
    range.textContent =
      nodes.length === 0
        ? 'The graph has no nodes.'
        : `Nodes ${from + 1}–${to} of ${nodes.length.toLocaleString('en-US')}${capped}`;
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
  };
  prev.onclick = () => {
    page = Math.max(0, page - 1);
    render();
  };
  next.onclick = () => {
    page = Math.min(pages - 1, page + 1);
    render();
  };
  render();
}
