import { ADMINISTRATION_KINDS, PERSON_ROLES, PERSON_TYPES, SAISINE_KINDS } from '@info-parquet/common';
import { errorResponse, json, tooMany } from '../../openapi/building-blocks';

/** The body of a submission and its persons (OpenAPI components). */
export const submissionSchemas = {
  Person: {
    type: 'object',
    required: ['role', 'type'],
    properties: {
      role: { enum: PERSON_ROLES },
      type: { enum: PERSON_TYPES },
      lastName: { type: 'string' },
      firstName: { type: 'string' },
      birthDate: { type: ['string', 'null'], format: 'date' },
      address: { type: 'string' },
      name: { type: 'string' },
      siret: { type: 'string', pattern: '^\\d{14}$' },
    },
  },
  SaisineSubmission: {
    type: 'object',
    required: ['kind', 'sender', 'facts'],
    properties: {
      kind: { enum: SAISINE_KINDS },
      urgent: { type: 'boolean' },
      urgencyReason: { type: 'string', description: 'Obligatoire si urgent.' },
      sender: {
        type: 'object',
        required: ['administration', 'administrationKind', 'agentName', 'agentFunction', 'email'],
        properties: {
          administration: { type: 'string' },
          administrationKind: { enum: ADMINISTRATION_KINDS },
          service: { type: 'string' },
          agentName: { type: 'string' },
          agentFunction: { type: 'string' },
          email: { type: 'string', format: 'email' },
          phone: { type: 'string' },
        },
      },
      facts: {
        type: 'object',
        required: ['narrative', 'startDate', 'communeInsee', 'knowledge'],
        properties: {
          narrative: { type: 'string', minLength: 20 },
          startDate: { type: 'string', format: 'date' },
          endDate: { type: ['string', 'null'], format: 'date' },
          communeInsee: { type: 'string', pattern: '^(\\d{5}|2[AB]\\d{3})$' },
          address: { type: 'string' },
          knowledge: { type: 'string' },
        },
      },
      juridictionId: { type: ['string', 'null'], description: 'Omis quand la commune désigne seule le parquet.' },
      routingReason: { type: 'string', description: 'Obligatoire pour un parquet spécialisé.' },
      qualification: { type: 'string' },
      natinf: { type: 'string' },
      persons: { type: 'array', items: { $ref: '#/components/schemas/Person' } },
      attachmentIds: { type: 'array', items: { type: 'string', format: 'uuid' } },
    },
  },
};

/** Sending a referral with no account (part of the OpenAPI document, openapi/document.ts). */
export const submissionPaths = {
  '/public/saisines': {
    post: {
      summary: 'Déposer une saisine (sans compte)',
      parameters: [{ name: 'Idempotency-Key', in: 'header', schema: { type: 'string', minLength: 8, maxLength: 200 } }],
      requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/SaisineSubmission' } } } },
      responses: {
        201: json({ $ref: '#/components/schemas/Receipt' }, 'Saisine reçue (ou rejeu de la même clé d’idempotence)'),
        400: errorResponse('Saisine invalide ; `candidates` liste les parquets possibles quand il faut choisir'),
        409: errorResponse('Clé d’idempotence déjà utilisée pour une autre saisine'),
        429: tooMany('Trop de saisines envoyées depuis cette adresse IP (PUBLIC_SUBMISSIONS_PER_HOUR)'),
      },
    },
  },
};
