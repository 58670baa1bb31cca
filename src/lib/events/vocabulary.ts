/** Who wrote an event into the log. */
export const EVENT_ORIGINS = ['webhook', 'hub'] as const;
export type EventOrigin = (typeof EVENT_ORIGINS)[number];

export const JOB_KINDS = ['training', 'evaluation', 'conversion', 'benchmark'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/** Event types CI sends to the hub (inbound webhooks). */
export const INBOUND_EVENT_TYPES = [
  'job.queued',
  'job.started',
  'job.succeeded',
  'job.failed',
  'job.cancelled',
  'dataset.version.published',
  'model.alias.set',
  'benchmark.completed',
  'release.published',
  // MLflow registry webhooks, mirrored into the catalog (functions/events/mlflow-schemas.ts).
  'mlflow.registered_model.created',
  'mlflow.model_version.created',
  'mlflow.model_version_tag.set',
  'mlflow.model_version_tag.deleted',
  'mlflow.model_version_alias.created',
  'mlflow.model_version_alias.deleted',
  'hardware.capacity.reported',
  'benchmark.data_access.reported',
  // HPO trials reported by CI (functions/events/hpo-schemas.ts).
  'hpo.trial.started',
  'hpo.trial.reported',
  'hpo.trial.finished',
] as const;
export type InboundEventType = (typeof INBOUND_EVENT_TYPES)[number];

/**
 * Catalog changes made through the REST API, logged by the hub in the same transaction as the
 * change. Webhook-driven changes are logged as their inbound event (a `model.alias.set`, a
 * `job.succeeded` that registered a version) and never also as one of these.
 */
export const CATALOG_EVENT_TYPES = [
  'model.version.registered',
  'model.alias.moved',
  'model.alias.removed',
  'model.deployed',
  'model.undeployed',
] as const;
export type CatalogEventType = (typeof CATALOG_EVENT_TYPES)[number];

/** Archiving, unarchiving and deleting catalog entries through the REST API (functions/services/lifecycle-archive.ts). */
export const ARCHIVE_EVENT_TYPES = [
  'model.archived',
  'model.unarchived',
  'model.deleted',
  'model.version.archived',
  'model.version.unarchived',
  'model.version.deleted',
  'dataset.archived',
  'dataset.unarchived',
  'dataset.deleted',
  'dataset.version.archived',
  'dataset.version.unarchived',
  'dataset.version.deleted',
] as const;
export type ArchiveEventType = (typeof ARCHIVE_EVENT_TYPES)[number];

/** Event types the hub writes itself (retraining requests, their outbound triggers, API changes). */
export const HUB_EVENT_TYPES = [
  'retrain.requested',
  'retrain.triggered',
  'retrain.closed',
  'retrain.failed',
  'trigger.disabled',
  ...CATALOG_EVENT_TYPES,
  ...ARCHIVE_EVENT_TYPES,
] as const;
export type HubEventType = (typeof HUB_EVENT_TYPES)[number];

export type EventType = InboundEventType | HubEventType;
