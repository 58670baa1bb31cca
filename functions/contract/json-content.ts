/** `content` of an OpenAPI request body or response holding JSON of `schema`. */
export const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
