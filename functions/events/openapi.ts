import type { OpenAPIHono } from '@hono/zod-openapi';
import { EVENT_SCHEMAS, eventComponentName } from './schemas';

/** Every `type@version` payload schema as a component of the OpenAPI document (`EventJobSucceededV1`, …). */
export function registerEventSchemas(registry: OpenAPIHono['openAPIRegistry']): void {
  for (const entry of EVENT_SCHEMAS) {
    registry.register(
      eventComponentName(entry),
      entry.schema.describe(`\`${entry.type}@${entry.version}\`: ${entry.description}`),
    );
  }
}
