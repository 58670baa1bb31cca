import { JSON_LIMITS } from '../src/lib/json-shape';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './env';
import { SECURITY_SCHEMES } from './router';

export const OPENAPI_INFO = {
  title: 'HEP ML Hub API',
  version: '1.0.0',
  description:
    'Tools, models, datasets, benchmarks and cost estimates for machine learning in particle physics. ' +
    'Reads are public; writes need `Authorization: Bearer <token>` with a scope (`write`, `maintainer`, `admin`). ' +
    'Errors are `{ "error": { "code", "message", "details" } }`.',
};

type Operation = {
  operationId?: string;
  requestBody?: { required?: boolean; content?: Record<string, unknown> };
  responses?: Record<string, unknown>;
};

const errorContent = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };

function errorContentOf(responses: Record<string, unknown>): unknown {
  for (const [status, response] of Object.entries(responses)) {
    const json = (response as { content?: Record<string, unknown> }).content?.['application/json'];
    if (status.startsWith('4') && json) return { 'application/json': json };
  }
  return errorContent;
}

// Reads its body as bytes to verify the signature; the other JSON bodies go through zod-openapi's validator.
const RAW_BODY_OPERATIONS = new Set(['deliverHookEvent']);

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Registers what the document needs beyond the routes: the security schemes operations name. */
export function registerDocumentComponents(app: OpenAPIHono<AppEnv>): void {
  for (const [name, scheme] of Object.entries(SECURITY_SCHEMES)) {
    app.openAPIRegistry.registerComponent('securitySchemes', name, scheme);
  }
}

/**
 * The OpenAPI 3.1 document of `app`, as served at /api/openapi.json and shown on /docs/api/.
 * The token check runs for every /api/* request (a token that is sent is checked even on public reads),
 * so its 401 is added here, where that middleware is mounted, rather than to each route; so is the 415
 * that zod-openapi's body validator answers for a JSON body sent with another content type, and the 400
 * of the body-shape check where a route has no 400 of its own.
 */
export function buildOpenApiDocument(app: OpenAPIHono<AppEnv>, serverUrl: string) {
  const doc = app.getOpenAPI31Document({ openapi: '3.1.0', info: OPENAPI_INFO, servers: [{ url: serverUrl }] });
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      if (!operation?.responses) continue;
      // In the error body the operation's other errors use (the MLflow routes have their own).
      const content = errorContentOf(operation.responses);
      operation.responses['401'] ??= {
        description:
          'The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token.',
        content,
      };
      // The body-shape check (middleware/json-shape.ts) runs before routing for every request sent
      // with a JSON content type, bodiless operations included; deliveries are checked after verification.
      if (!path.startsWith('/api/hooks/'))
        operation.responses['400'] ??= {
          description: `A JSON body nested deeper than ${JSON_LIMITS.maxDepth} levels or with more than ${JSON_LIMITS.maxKeys.toLocaleString('en')} keys (\`too_deep\`).`,
          content,
        };
      const body = operation.requestBody;
      if (body?.required && body.content?.['application/json'] && !RAW_BODY_OPERATIONS.has(operation.operationId ?? ''))
        operation.responses['415'] ??= {
          description: 'The body was not sent as `Content-Type: application/json`.',
          content,
        };
    }
  }
  return doc;
}
