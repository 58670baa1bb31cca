// Imported from the module, not the index, so the island's bundle does not pull in zod.
import { COST_CATEGORIES, type CostCategory, type Estimate } from '../costs/estimate-types';

export interface CostChartData {
  labels: string[];
  /** one stack segment per category, values in USD per option */
  datasets: { category: CostCategory; label: string; data: number[] }[];
  cheapestIndex: number | null;
  /** Costs are compared by length: a linear axis from $0, and the title says so. */
  yAxis: { type: 'linear'; beginAtZero: true; title: string };
}

export const COST_AXIS_TITLE = 'Cost (USD, linear axis from $0)';

const CATEGORY_LABEL: Record<CostCategory, string> = {
  compute: 'Compute',
  storage: 'Storage',
  transfer: 'Data transfer',
};

/** The stacked bar per option (compute / storage / transfer) as plain data, for Chart.js or a test. */
export function costChartData(e: Estimate): CostChartData {
  const labels = e.options.map(
    (o) => `${o.label}${o.id === e.cheapest?.optionId ? ' (cheapest)' : ''}${o.complete ? '' : ' (incomplete)'}`,
  );
  const datasets = COST_CATEGORIES.map((category) => ({
    category,
    label: CATEGORY_LABEL[category],
    data: e.options.map((o) => o.subtotals[category]),
  }));
  const i = e.options.findIndex((o) => o.id === e.cheapest?.optionId);
  return {
    labels,
    datasets,
    cheapestIndex: i >= 0 ? i : null,
    yAxis: { type: 'linear', beginAtZero: true, title: COST_AXIS_TITLE },
  };
}
