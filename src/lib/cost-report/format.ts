/** Number formats of the cost page, shared by the server render and the island. */

const money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const price = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 6 });
const quantity = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

export const formatUsd = (x: number) => `$${money.format(x)}`;
/** Unit prices keep their catalog precision ($27.44705), with at least cents. */
export const formatUnitPrice = (x: number) => `$${price.format(x)}`;
export const formatQuantity = (x: number) => quantity.format(x);
/** Axis ticks: $12K, $1.5M. */
export const formatUsdCompact = (x: number) => `$${compact.format(x)}`;
