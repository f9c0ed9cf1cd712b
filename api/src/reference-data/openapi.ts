import { errorResponse, json } from '../openapi/building-blocks';

/** What the public form reads of the reference data (part of the OpenAPI document, openapi/document.ts). */
export const publicReferenceDataPaths = {
  '/public/communes': {
    get: {
      summary: 'Rechercher une commune (nom, code postal ou code INSEE)',
      parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string', minLength: 2 } }],
      responses: { 200: json({ type: 'array', items: { $ref: '#/components/schemas/Commune' } }), 400: errorResponse('Recherche trop courte') },
    },
  },
  '/public/communes/{codeInsee}/routage': {
    get: {
      summary: 'Parquet compétent pour une commune (certain, ou candidats)',
      parameters: [{ name: 'codeInsee', in: 'path', required: true, schema: { type: 'string' } }],
      responses: { 200: json({ $ref: '#/components/schemas/Routage' }), 404: errorResponse('Commune inconnue') },
    },
  },
  '/public/juridictions': {
    get: { summary: 'Juridictions et parquets spécialisés actifs', responses: { 200: json({ type: 'array', items: { $ref: '#/components/schemas/JuridictionPublique' } }) } },
  },
};
