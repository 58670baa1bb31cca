import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/**
 * Checks every response the API suites receive against the OpenAPI document: the status must be
 * documented for the operation, and the body must match the schema of its status and content type.
 * Schemas are compiled with ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1) on first use.
 */

type Json = Record<string, any>;

interface Operation {
  method: string;
  template: string;
  operationId: string;
  pattern: RegExp;
  /** Literal segments rank before `{param}` ones, so `/tools/suggestions` wins over `/tools/{slug}`. */
  rank: string;
  responses: Record<string, Json>;
}

/**
 * API paths the document leaves out on purpose, each with why. `validateAs` checks the response
 * against a documented operation that answers the same; without it only the status range is free.
 */
const UNDOCUMENTED: { method: string; path: RegExp; reason: string; validateAs?: string }[] = [
  { method: 'GET', path: /^\/api\/openapi\.json$/, reason: 'the document itself' },
  {
    method: 'GET',
    path: /^\/api\/models\/[^/]+@[^/]+$/,
    reason: 'short form slug@alias, kept for scripts; its template would overlap /api/models/{slug}',
    validateAs: 'getModelVersionByAlias',
  },
];

// OpenAPI keywords a schema object may carry besides JSON Schema: annotations only.
const ANNOTATIONS = ['example', 'discriminator', 'xml', 'externalDocs'];
// The document is added whole so that `$ref`s resolve; its top-level fields are not schema keywords.
const DOCUMENT_FIELDS = [
  'openapi',
  'info',
  'jsonSchemaDialect',
  'servers',
  'paths',
  'webhooks',
  'components',
  'security',
  'tags',
];
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

export class ResponseContractError extends Error {
  override name = 'ResponseContractError';
}

export class ResponseValidator {
  private readonly ajv: Ajv2020;
  private readonly operations: Operation[] = [];
  private readonly byId = new Map<string, Operation>();

  constructor(doc: Json) {
    this.ajv = new Ajv2020({
      allErrors: true,
      strict: true,
      // zod emits `type: [x, "null"]` unions and optional-only objects, which these strict checks refuse.
      strictTypes: false,
      strictTuples: false,
      strictRequired: false,
    });
    addFormats(this.ajv);
    for (const keyword of [...ANNOTATIONS, ...DOCUMENT_FIELDS]) this.ajv.addKeyword(keyword);
    this.ajv.addSchema(doc, 'openapi');
    for (const [template, item] of Object.entries<Json>(doc.paths ?? {})) {
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        const segments = template.split('/');
        const operation: Operation = {
          method: method.toUpperCase(),
          template,
          operationId: op.operationId ?? `${method.toUpperCase()} ${template}`,
          pattern: new RegExp(
            `^${segments.map((s) => (/^\{[^}]+\}$/.test(s) ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/')}$`,
          ),
          rank: segments.map((s) => (s.startsWith('{') ? '1' : '0')).join(''),
          responses: op.responses ?? {},
        };
        this.operations.push(operation);
        this.byId.set(operation.operationId, operation);
      }
    }
    this.operations.sort((a, b) => a.rank.localeCompare(b.rank));
  }

  /** Throws a ResponseContractError when the response is not what the document promises. */
  check(method: string, url: string, res: { status: number; contentType: string | null; text: string; json: unknown }) {
    const path = new URL(url, 'http://hub.test').pathname
      .split('/')
      .map((segment) => {
        try {
          return decodeURIComponent(segment);
        } catch {
          return segment; // a malformed escape stays as sent; the route answers it
        }
      })
      .join('/');
    if (!path.startsWith('/api/')) return;
    const verb = method.toUpperCase();
    const exception = UNDOCUMENTED.find((u) => u.method === verb && u.path.test(path));
    const operation = exception
      ? exception.validateAs && this.byId.get(exception.validateAs)
      : this.operations.find((o) => o.method === verb && o.pattern.test(path));
    if (!operation) {
      if (exception) return;
      // The catch-all answers any other /api path with a 404 error, which is what an unknown path should get.
      if (res.status === 404 && this.matches('#/components/schemas/Error', res.json)) return;
      throw new ResponseContractError(
        `${verb} ${path} is not in the OpenAPI document (it answered ${res.status}). Document the route with ` +
          'createRoute/registerPath, or add it to UNDOCUMENTED in test/helpers/openapi-validator.ts with the reason.',
      );
    }
    const name = `${operation.operationId} (${operation.method} ${operation.template})`;
    const status = String(res.status);
    const documented = Object.keys(operation.responses);
    const key = [status, `${status[0]}XX`, 'default'].find((k) => documented.includes(k));
    if (!key) {
      throw new ResponseContractError(
        `${name} answered ${status}, which the OpenAPI document does not list for it (documented: ${documented.join(', ')}). ` +
          `Body: ${res.text.slice(0, 300)}`,
      );
    }
    const content: Json | undefined = operation.responses[key]!.content;
    const mediaType = res.contentType?.split(';')[0]!.trim().toLowerCase();
    if (!content || Object.keys(content).length === 0) {
      if (res.text !== '')
        throw new ResponseContractError(
          `${name} answered ${status} with a body, but the document describes no content for it.`,
        );
      return;
    }
    const documentedType =
      mediaType &&
      (content[mediaType]
        ? mediaType
        : content[`${mediaType.split('/')[0]}/*`]
          ? `${mediaType.split('/')[0]}/*`
          : undefined);
    const fallback = content['*/*'] ? '*/*' : undefined;
    const type = documentedType ?? fallback;
    if (!type) {
      throw new ResponseContractError(
        `${name} answered ${status} as ${mediaType ?? 'no content type'}; the document lists ${Object.keys(content).join(', ')}.`,
      );
    }
    if (!content[type].schema) return;
    const validate = this.schemaAt(
      pointer('paths', operation.template, operation.method.toLowerCase(), 'responses', key, 'content', type, 'schema'),
    );
    const body = /json/.test(type) ? res.json : res.text;
    if (!validate(body)) {
      throw new ResponseContractError(
        `${name} answered ${status} ${type} with a body that does not match the OpenAPI document:\n` +
          formatErrors(validate.errors ?? []) +
          `\nBody: ${res.text.slice(0, 600)}`,
      );
    }
  }

  private schemaAt(ref: string): ValidateFunction {
    const validate = this.ajv.getSchema(`openapi#/${ref}`);
    if (!validate) throw new Error(`No schema at ${ref} in the OpenAPI document.`);
    return validate;
  }

  private matches(ref: string, value: unknown): boolean {
    return this.schemaAt(ref.replace(/^#\//, ''))(value) === true;
  }
}

function formatErrors(errors: ErrorObject[]): string {
  return errors
    .slice(0, 12)
    .map(
      (e) =>
        `  at ${e.instancePath || '(body)'}: ${e.message}${Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''} [schema ${e.schemaPath}]`,
    )
    .join('\n');
}

// Every app createApp builds mounts the same routes, so one document (and its compiled schemas) serves
// all the hubs of a test file; the key still tells apps with a different route table apart.
const validators = new Map<string, ResponseValidator>();

export function validatorFor(
  app: { routes: unknown[]; openAPIRegistry: { definitions: unknown[] } },
  build: () => Json,
) {
  const key = `${app.routes.length}:${app.openAPIRegistry.definitions.length}`;
  let validator = validators.get(key);
  if (!validator) {
    validator = new ResponseValidator(build());
    validators.set(key, validator);
  }
  return validator;
}
