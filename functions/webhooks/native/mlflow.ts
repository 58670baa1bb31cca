import type { NativeTranslator } from './types';
import { dateOf, isoTime, obj, text } from './read';

/**
 * MLflow 3.x registry webhooks (mlflow/webhooks/delivery.py): the body is
 * `{"entity", "action", "timestamp", "data"}` (plus `workspace` when MLflow runs with
 * workspaces). The six registry events become `mlflow.<entity>.<action>` events carrying MLflow's
 * `data` as sent (functions/events/mlflow-schemas.ts); prompt, prompt-version, budget-policy and
 * any later entity are acknowledged and ignored. MLflow's "test webhook" button sends fixed
 * example payloads (`example()` in mlflow/webhooks/types.py); those are answered as a ping, so
 * testing a webhook never registers an "example_model" in the catalog.
 */
const MIRRORED = new Set([
  'registered_model.created',
  'model_version.created',
  'model_version_tag.set',
  'model_version_tag.deleted',
  'model_version_alias.created',
  'model_version_alias.deleted',
]);

export const translateMlflow: NativeTranslator = ({ payload }) => {
  const body = obj(payload);
  const entity = text(body.entity, 100);
  const action = text(body.action, 100);
  // Not an MLflow body: the envelope parser refuses it with its own, precise message.
  if (entity === undefined || action === undefined) return { kind: 'envelope' };
  const event = `${entity}.${action}`;
  if (!MIRRORED.has(event)) {
    return {
      kind: 'ignored',
      eventType: `mlflow:${event}`,
      reason: `MLflow "${event}" events are not recorded; the hub mirrors registered models, model versions, their tags and aliases`,
    };
  }
  if (isTestExample(event, body.data)) return { kind: 'ping', eventType: `mlflow:${event}` };
  const occurredAt = dateOf(isoTime(body.timestamp));
  return {
    kind: 'event',
    type: `mlflow.${event}`,
    version: 1,
    data: body.data,
    ...(occurredAt ? { occurredAt } : {}),
  };
};

/**
 * The payloads of MLflow's `test_webhook` (every `example()` in mlflow/webhooks/types.py; the
 * model_version.created source changed from runs:/… to models:/123 between 3.x releases).
 */
const EXAMPLE_SOURCES = new Set(['runs:/abcd1234abcd5678/model', 'models:/123']);

function isTestExample(event: string, data: unknown): boolean {
  const d = obj(data);
  if (d.name !== 'example_model') return false;
  const exampleTags = () => {
    const tags = obj(d.tags);
    return Object.keys(tags).length === 1 && tags.example_key === 'example_value';
  };
  switch (event) {
    case 'registered_model.created':
      return exampleTags() && d.description === 'An example registered model';
    case 'model_version.created':
      return (
        d.version === '1' &&
        EXAMPLE_SOURCES.has(String(d.source)) &&
        d.run_id === 'abcd1234abcd5678' &&
        exampleTags() &&
        d.description === 'An example model version'
      );
    case 'model_version_tag.set':
      return d.version === '1' && d.key === 'example_key' && d.value === 'example_value';
    case 'model_version_tag.deleted':
      return d.version === '1' && d.key === 'example_key';
    case 'model_version_alias.created':
      return d.version === '1' && d.alias === 'example_alias';
    case 'model_version_alias.deleted':
      return d.alias === 'example_alias';
    default:
      return false;
  }
}
