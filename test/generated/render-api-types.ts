import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from '../../functions/openapi-document';

export const API_TYPES_PATH = 'test/generated/hub-api.generated.ts';

/** TypeScript types of /api/openapi.json (openapi-typescript), as committed in API_TYPES_PATH. */
export async function renderApiTypes(): Promise<string> {
  const doc = openApiDocument('https://hub.invalid');
  // A field with a default may be left out of a request body, so defaults do not make fields required.
  const ast = await openapiTS(doc as unknown as Parameters<typeof openapiTS>[0], { defaultNonNullable: false });
  return (
    '// Generated from /api/openapi.json by `npm run api:types` (openapi-typescript); do not edit.\n' + astToString(ast)
  );
}
