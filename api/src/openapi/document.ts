import { ADMINISTRATION_KINDS, PERSON_ROLES, PERSON_TYPES, SAISINE_KINDS, SAISINE_STATUSES } from '@info-parquet/common';

/** The API contract as it exists now (`GET /api/openapi.json`). Update it with every route. */
const error = { $ref: '#/components/schemas/Error' };
const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: error } } });
const json = (schema: object, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const simpleRestParams = [
  { name: 'sort', in: 'query', schema: { type: 'string' }, example: '["receivedAt","DESC"]' },
  { name: 'range', in: 'query', schema: { type: 'string' }, example: '[0,24]' },
  { name: 'filter', in: 'query', schema: { type: 'string' }, example: '{"status":["recue"],"q":"Durand"}' },
];
const listHeaders = { 'Content-Range': { schema: { type: 'string' }, example: 'saisines 0-24/319' } };
const cookieAuth = [{ session: [] }];

export function openApiDocument(publicUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Info Parquet',
      version: '1.0.0',
      description:
        'Transmission des saisines des administrations aux parquets. Les listes suivent le protocole ra-data-simple-rest ; ' +
        'toute requête qui modifie un état avec un cookie de session porte l’en-tête X-CSRF-Token.',
    },
    servers: [{ url: `${publicUrl}/api` }],
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'ip.sid' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['message'],
          properties: { message: { type: 'string' }, errors: { type: 'object', additionalProperties: { type: 'string' } } },
        },
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
        Receipt: {
          type: 'object',
          required: ['reference', 'receivedAt', 'juridiction', 'trackingUrl', 'acknowledgement'],
          properties: {
            id: { type: 'string', format: 'uuid' },
            reference: { type: 'string', example: 'IP-2026-000123' },
            receivedAt: { type: 'string', format: 'date-time' },
            juridiction: { type: 'object' },
            trackingUrl: { type: 'string', format: 'uri' },
            acknowledgement: { type: 'object' },
          },
        },
        SessionInfo: {
          type: 'object',
          properties: { user: { type: 'object' }, rules: { type: 'array', items: { type: 'object' } }, csrfToken: { type: 'string' } },
        },
      },
    },
    paths: {
      '/health': {
        get: {
          summary: 'État du service',
          responses: { 200: json({ type: 'object', properties: { status: { const: 'ok' } } }), 503: errorResponse('Base indisponible') },
        },
      },
      '/public/saisines': {
        post: {
          summary: 'Déposer une saisine (sans compte)',
          parameters: [{ name: 'Idempotency-Key', in: 'header', schema: { type: 'string', minLength: 8, maxLength: 200 } }],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/SaisineSubmission' } } } },
          responses: {
            201: json({ $ref: '#/components/schemas/Receipt' }, 'Saisine reçue (ou rejeu de la même clé d’idempotence)'),
            400: errorResponse('Saisine invalide ; `candidates` liste les parquets possibles quand il faut choisir'),
            409: errorResponse('Clé d’idempotence déjà utilisée pour une autre saisine'),
          },
        },
      },
      '/public/suivi/{token}': {
        get: {
          summary: 'Suivi d’une saisine par son lien',
          parameters: [{ name: 'token', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: json({ type: 'object' }), 404: errorResponse('Lien invalide') },
        },
      },
      '/public/communes': {
        get: {
          summary: 'Rechercher une commune (nom, code postal ou code INSEE)',
          parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string', minLength: 2 } }],
          responses: { 200: json({ type: 'array', items: { type: 'object' } }), 400: errorResponse('Recherche trop courte') },
        },
      },
      '/public/communes/{codeInsee}/routage': {
        get: {
          summary: 'Parquet compétent pour une commune (certain, ou candidats)',
          parameters: [{ name: 'codeInsee', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: json({ type: 'object' }), 404: errorResponse('Commune inconnue') },
        },
      },
      '/public/juridictions': {
        get: { summary: 'Juridictions et parquets spécialisés actifs', responses: { 200: json({ type: 'array', items: { type: 'object' } }) } },
      },
      '/auth/login': {
        post: {
          summary: 'Connexion au back-office',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { type: 'object', properties: { email: { type: 'string' }, password: { type: 'string' } } } } },
          },
          responses: { 200: json({ $ref: '#/components/schemas/SessionInfo' }), 401: errorResponse('Identifiants incorrects') },
        },
      },
      '/auth/logout': { post: { summary: 'Déconnexion', security: cookieAuth, responses: { 204: { description: 'Déconnecté' } } } },
      '/auth/me': {
        get: {
          summary: 'Utilisateur connecté, ses règles CASL et son jeton CSRF',
          security: cookieAuth,
          responses: { 200: json({ $ref: '#/components/schemas/SessionInfo' }), 401: errorResponse('Non connecté') },
        },
      },
      '/saisines': {
        get: {
          summary: 'Saisines visibles par l’utilisateur (filtrées en SQL par ses règles)',
          description: `Filtres : q (plein texte), id, status (${SAISINE_STATUSES.join(', ')}), urgent, kind, channel, juridictionId, assigneeId, administrationKind, receivedAt_gte/lte, decidedAt_gte/lte. Tris : priority (urgentes puis plus anciennes), receivedAt, reference, status, urgent, registeredAt, decidedAt.`,
          security: cookieAuth,
          parameters: simpleRestParams,
          responses: {
            200: { ...json({ type: 'array', items: { type: 'object' } }), headers: listHeaders },
            400: errorResponse('Tri ou filtre inconnu'),
            401: errorResponse('Non connecté'),
            403: errorResponse('Rôle sans accès aux saisines'),
          },
        },
      },
      '/saisines/{id}': {
        get: {
          summary: 'Une saisine, ses personnes, ses pièces, sa chronologie et l’intégrité de son journal',
          security: cookieAuth,
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
          responses: { 200: json({ type: 'object' }), 401: errorResponse('Non connecté'), 404: errorResponse('Absente ou non visible') },
        },
      },
      '/juridictions': {
        get: {
          summary: 'Juridictions',
          security: cookieAuth,
          parameters: simpleRestParams,
          responses: { 200: { ...json({ type: 'array', items: { type: 'object' } }), headers: listHeaders } },
        },
      },
      '/juridictions/{id}': {
        get: {
          summary: 'Une juridiction',
          security: cookieAuth,
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: json({ type: 'object' }), 404: errorResponse('Inconnue') },
        },
      },
    },
  };
}
