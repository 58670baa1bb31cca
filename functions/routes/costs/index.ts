import { createRouter } from '../../router';
import { estimateRoutes } from './estimates';
import { priceRoutes } from './prices';

/** Cloud cost estimator: versioned price tables, estimates, saved estimates. */
export const costRoutes = createRouter().route('/', priceRoutes).route('/', estimateRoutes);
