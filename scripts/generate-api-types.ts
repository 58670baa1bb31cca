/**
 * Regenerates test/generated/hub-api.generated.ts, the TypeScript types of the API document that
 * the typed client (openapi-fetch) uses.
 *   npm run api:types
 */
import { writeFileSync } from 'node:fs';
import { API_TYPES_PATH, renderApiTypes } from '../test/generated/render-api-types';

writeFileSync(API_TYPES_PATH, await renderApiTypes());
console.log(`wrote ${API_TYPES_PATH}`);
