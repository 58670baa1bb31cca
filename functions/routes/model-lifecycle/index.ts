import { createRouter } from '../../router';
import { modelDeliveryRoutes } from './deliveries';
import { modelEventRoutes } from './events';
import { modelPolicyRoutes } from './policies';
import { modelRequestRoutes } from './requests';
import { modelTriggerRoutes } from './trigger';

/** Lifecycle endpoints under /api/models/{slug}/…: timeline, retraining policies, requests, trigger and its delivery log. */
export const modelLifecycleRoutes = createRouter()
  .route('/', modelEventRoutes)
  .route('/', modelPolicyRoutes)
  .route('/', modelRequestRoutes)
  .route('/', modelTriggerRoutes)
  .route('/', modelDeliveryRoutes);
