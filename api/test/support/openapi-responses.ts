import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { openApiDocument } from '../../src/openapi/document';

/**
 * Every JSON answer an API test receives is checked against the OpenAPI document (see
 * test-app.ts): its status must be documented for the operation, its body must match the
 * schema written for that status. The document and the API cannot drift apart unnoticed.
 */

type Schema = Record<string, unknown>;
interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  params: number;
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

const document = openApiDocument('http://localhost:3000') as unknown as {
  paths: Record<string, Record<string, { responses?: Route['responses'] }>>;
  components: { schemas: Record<string, Schema> };
};

/** `#/components/schemas/X` becomes `#/$defs/X`: each compiled schema carries the components with it. */
const defs = JSON.parse(JSON.stringify(document.components.schemas).replaceAll('#/components/schemas/', '#/$defs/')) as Record<string, Schema>;
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);
const compiled = new Map<Schema, ValidateFunction>();

const routes: Route[] = Object.entries(document.paths)
  .flatMap(([template, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method,
      template,
      pattern: new RegExp(`^/api${template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`),
      params: (template.match(/\{/g) ?? []).length,
      responses: operation.responses ?? {},
    })),
  )
  // A literal segment wins over a parameter (`/saisines/counts` before `/saisines/{id}`).
  .sort((a, b) => a.params - b.params);

function validator(schema: Schema): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    const withDefs = JSON.parse(JSON.stringify(schema).replaceAll('#/components/schemas/', '#/$defs/')) as Schema;
    validate = ajv.compile({ ...withDefs, $defs: defs });
    compiled.set(schema, validate);
  }
  return validate;
}

/** What is wrong with one answer, or null. Routes the document does not know are not checked here. */
export function responseProblem(method: string, url: string, status: number, body: unknown): string | null {
  const path = url.split('?')[0];
  const route = routes.find((candidate) => candidate.method === method.toLowerCase() && candidate.pattern.test(path));
  if (!route) return null;
  const where = `${method.toUpperCase()} ${route.template} → ${status}`;
  const response = route.responses[String(status)] ?? route.responses[`${String(status)[0]}XX`] ?? route.responses.default;
  if (!response) return `${where}: status absent from the document (documented: ${Object.keys(route.responses).join(', ')})`;
  const schema = response.content?.['application/json']?.schema;
  if (!schema) return `${where}: JSON answer, but no JSON body documented`;
  const validate = validator(schema);
  // As the client reads it: dates become strings.
  if (validate(JSON.parse(JSON.stringify(body ?? null)))) return null;
  return `${where}: ${ajv.errorsText(validate.errors?.slice(0, 3), { dataVar: 'body' })}`;
}
