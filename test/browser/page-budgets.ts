/**
 * What one visit to each kind of page may cost on the wire (compressed bytes plus headers, empty
 * cache, as Chromium loads it from the Node host with Brotli), checked by
 * test/browser/page-weight.test.ts.
 *
 * How they were chosen: each budget is about twice the page's weight when the budgets were set
 * (issue 15, after compression, named chunks and the demo's load-on-click; the weights measured
 * then are in the comments), rounded up. A page that starts shipping a library it does not use, a
 * demo that downloads its runtime before the click, or a page sent uncompressed fails; ordinary
 * growth of a page does not. Raise a budget only with the reason next to it.
 */
export interface PageBudget {
  /** One page of the kind (test/helpers/site-routes.ts has one of every route). */
  path: string;
  /** JavaScript, KiB. */
  jsKiB: number;
  /** Everything the page loads, KiB. */
  totalKiB: number;
  /** Chunks (by name, before the hash) the page must not load. */
  forbidden: string[];
}

/** No page uses a React island; Chart.js is for the pages with charts; the ONNX runtime waits for a click. */
const EVERYWHERE = ['react', 'onnxruntime', 'ort-wasm-simd-threaded'];
const NO_CHARTS = [...EVERYWHERE, 'chart'];

export const PAGE_BUDGETS: Record<string, PageBudget> = {
  // 2.8 KiB JS, 10.7 KiB in all.
  home: { path: '/', jsKiB: 8, totalKiB: 25, forbidden: NO_CHARTS },
  // 2.8 / 14.4
  list: { path: '/models/', jsKiB: 8, totalKiB: 30, forbidden: NO_CHARTS },
  // 7.2 / 24.7
  'model page': { path: '/models/jet-btag/', jsKiB: 16, totalKiB: 50, forbidden: NO_CHARTS },
  // 7.0 / 25.1
  'version page': { path: '/models/jet-btag/v/1/', jsKiB: 16, totalKiB: 50, forbidden: NO_CHARTS },
  // 5.9 / 20.9 on an empty hub; once results exist its overview draws the best-figures charts with
  // Chart.js (51 KiB), as the benchmark page does.
  'benchmark list': { path: '/benchmarks/', jsKiB: 130, totalKiB: 160, forbidden: EVERYWHERE },
  // 66.0 / 77.4: Chart.js (51 KiB) draws the latency charts.
  'benchmark page': { path: '/models/jet-btag/benchmarks/', jsKiB: 130, totalKiB: 160, forbidden: EVERYWHERE },
  // 24.9 / 39.6 before "Load model"; with it, 4.7 MB more.
  'demo page before interaction': { path: '/demos/jet-btag/', jsKiB: 50, totalKiB: 80, forbidden: NO_CHARTS },
  // 2.8 / 19.9
  docs: { path: '/docs/events/', jsKiB: 8, totalKiB: 40, forbidden: NO_CHARTS },
  // 8.5 / 93.8 (28.1 KiB of HTML for the whole reference, 55.7 KiB of Scalar's stylesheet): Scalar's
  // code (952 KB compressed) loads only when the visitor asks for it (src/components/api-reference-loader.ts).
  'API reference': { path: '/docs/api/', jsKiB: 16, totalKiB: 190, forbidden: NO_CHARTS },
  // 38 / 48: the ONNX parser (protobufjs) reads files in the page.
  // The graph view's code (and dagre, in its worker) loads only once a file is chosen; Astro hoists its
  // stylesheet (graph-view.*.css, 1 KiB compressed) into the page, so only the worker is named here.
  inspector: { path: '/inspect/', jsKiB: 80, totalKiB: 100, forbidden: [...NO_CHARTS, 'graph-worker'] },
};
