export * from './price-types';
export { parsePriceCsv } from './parse-price-csv';
export type { ParsePriceCsvOptions, PriceCsvProblem } from './parse-price-csv';
export { PRICE_CSV_COLUMNS } from './price-csv-row';
export { flagPriceRows } from './price-flags';
export {
  campaignInputSchema,
  MAX_ON_PREM_RATES,
  MAX_UNIT_PRICE_USD,
  ON_PREM_RATE_FIELDS,
  onPremRateSchema,
  optionTargetSchema,
} from './campaign-input';
export type { Campaign, CampaignInput, OnPremRate, OptionTarget } from './campaign-input';
export * from './estimate-types';
export { estimateCampaign, isRanked, knownGpuTypes } from './estimate-campaign';
export { UnknownGpuTypeError } from './errors';
export { ILLUSTRATIVE_ON_PREM_RATE } from './on-prem-option';
export { formatEstimateTable } from './format-estimate-table';
export { GB_PER_TB, bytesToBillingTb } from './units';
export { parsePriceRecords } from './parse-price-csv';
export type { PriceRecordEntry } from './parse-price-csv';
export { parsePriceRowInputs } from './price-row-input';
export type { PriceRowInput, PriceRowInputProblem } from './price-row-input';
export {
  CAMPAIGN_PARAMS,
  EXTRA_PARAMS,
  PROVIDER_CHOICES,
  costPageUrl,
  costSearchParams,
  paramOfPath,
  parseOrigin,
  readCostQuery,
  readProviders,
  retrainingEstimateUrl,
} from './campaign-url';
export type {
  CampaignField,
  CampaignOrigin,
  CostQuery,
  EstimateRequest,
  OnPremOverride,
  RetrainingEstimateInput,
} from './campaign-url';
export { applyOnPremOverride } from './on-prem-override';
