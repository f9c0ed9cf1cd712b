/** The pieces every part of the OpenAPI document is written with (document.ts and its parts). */
export const error = { $ref: '#/components/schemas/Error' };

export const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: error } } });

export const json = (schema: object, description = 'OK') => ({ description, content: { 'application/json': { schema } } });

/** A closed object answer: these properties and no other, all of them present unless `required` says otherwise. */
export const closedObject = (properties: Record<string, object>, required: string[] = Object.keys(properties)) => ({
  type: 'object',
  additionalProperties: false,
  required,
  properties,
});

/** A 429 with the seconds to wait (`Retry-After`). */
export const tooMany = (description: string) => ({
  ...errorResponse(description),
  headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Secondes avant de réessayer' } },
});

/** A JSON request body of an object with these properties (all required unless told). */
export const body = (properties: Record<string, object>, required: string[] = Object.keys(properties)) => ({
  required: true,
  content: { 'application/json': { schema: { type: 'object', required, properties } } },
});

/** The session cookie of the back-office. */
export const cookieAuth = [{ session: [] }];

/** ra-data-simple-rest's `sort`, `range` and `filter`, with examples for one resource. */
export const simpleRestParams = (examples: { sort: string; filter: string }) => [
  { name: 'sort', in: 'query', schema: { type: 'string' }, example: examples.sort },
  { name: 'range', in: 'query', schema: { type: 'string' }, example: '[0,24]' },
  { name: 'filter', in: 'query', schema: { type: 'string' }, example: examples.filter },
];

/** The `Content-Range` header of a list answer. */
export const listHeaders = (example: string) => ({ 'Content-Range': { schema: { type: 'string' }, example } });

/**
 * A list's answers: the page with its `Content-Range`, an unknown sort or filter (400), and the
 * refusals given; `item` is the schema of one row (a component of the contract).
 */
export const listAnswers = (headers: Record<string, unknown>, refusals: { 401?: string; 403?: string }, item: Record<string, unknown>) => ({
  200: { ...json({ type: 'array', items: item }), headers },
  400: errorResponse('Tri ou filtre inconnu'),
  ...(refusals[401] ? { 401: errorResponse(refusals[401]) } : {}),
  ...(refusals[403] ? { 403: errorResponse(refusals[403]) } : {}),
});
