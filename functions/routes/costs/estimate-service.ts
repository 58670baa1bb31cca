/** The estimator lives in the costs service (shared with the /costs/ page); the cost routes import it from here. */
export {
  loadPriceVersion,
  runEstimate,
  todayUtc,
  unknownGpuError,
  type EstimateRequestBody,
} from '../../services/costs';
