import { ADMINISTRATION_KINDS, URGENCE_DELAI_MAX, URGENCE_DELAI_MIN } from '@info-parquet/common';
import { cookieAuth, errorResponse, json, listHeaders as listHeadersFor, simpleRestParams as simpleRestParamsFor, listAnswers } from '../openapi/building-blocks';

/** The national administrator's reference data: courts and administrations (part of the OpenAPI document, openapi/document.ts). */
const simpleRestParams = simpleRestParamsFor({ sort: '["nom","ASC"]', filter: '{"q":"Blois"}' });
const listHeaders = listHeadersFor('juridictions 0-24/171');
const writeErrors = {
  400: errorResponse('Champ invalide (errors par champ)'),
  401: errorResponse('Non connecté'),
  403: errorResponse('Réservé à l’administrateur national, ou jeton CSRF absent'),
};

const juridictionEdit = {
  type: 'object',
  properties: {
    adresse: { type: 'string', maxLength: 500 },
    emailBureauOrdre: { type: 'string', format: 'email' },
    emailPermanence: { type: 'string', format: 'email' },
    telephonePermanence: { type: 'string' },
    urgenceDelaiMinutes: { type: 'integer', minimum: URGENCE_DELAI_MIN, maximum: URGENCE_DELAI_MAX },
    active: { type: 'boolean' },
  },
};

const administration = {
  type: 'object',
  required: ['nom', 'kind'],
  properties: {
    nom: { type: 'string', maxLength: 300 },
    kind: { type: 'string', enum: ADMINISTRATION_KINDS },
    departementCode: { type: ['string', 'null'], example: '41' },
    email: { type: 'string', format: 'email' },
    siret: { type: 'string', pattern: '^[0-9]{14}$', description: 'Clé de Luhn vérifiée (règle particulière de La Poste).' },
    active: { type: 'boolean' },
  },
};

const juridictionRecord = { $ref: '#/components/schemas/JuridictionRecord' };
const administrationRecord = { $ref: '#/components/schemas/AdministrationRecord' };

export const adminPaths = {
  '/juridictions': {
    get: {
      summary: 'Juridictions (tout utilisateur connecté : orientation, transferts)',
      description: 'Filtres : q (nom ou siège), id, type (TJ, TPI, SPECIALISE), departementCode (département du ressort), active. Tris : nom, id, type, departementCode.',
      security: cookieAuth,
      parameters: simpleRestParams,
      responses: listAnswers(listHeaders, { 401: 'Non connecté' }, juridictionRecord),
    },
  },
  '/juridictions/{id}': {
    get: {
      summary: 'Une juridiction',
      security: cookieAuth,
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      responses: { 200: json(juridictionRecord), 404: errorResponse('Inconnue') },
    },
    put: {
      summary: 'Modifier les adresses, le délai cible des urgences et l’activation d’une juridiction (administrateur national)',
      description:
        'Champs : adresse, emailBureauOrdre, emailPermanence, telephonePermanence, urgenceDelaiMinutes, active (les autres, issus des sources de référence, sont ignorés ; un champ absent garde sa valeur). Chaque changement est journalisé (qui, quand, avant, après).',
      security: cookieAuth,
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      requestBody: { required: true, content: { 'application/json': { schema: juridictionEdit } } },
      responses: { 200: json(juridictionRecord), ...writeErrors, 404: errorResponse('Inconnue') },
    },
  },
  '/administrations': {
    get: {
      summary: 'Administrations (annuaire des expéditeurs)',
      description: 'Filtres : q (nom), id, kind, departementCode, active. Tris : nom, kind, departementCode, id.',
      security: cookieAuth,
      parameters: simpleRestParams,
      responses: listAnswers(listHeadersFor('administrations 0-24/57'), { 401: 'Non connecté' }, administrationRecord),
    },
    post: {
      summary: 'Créer une administration (administrateur national)',
      security: cookieAuth,
      requestBody: { required: true, content: { 'application/json': { schema: administration } } },
      responses: { 201: json(administrationRecord, 'Créée'), ...writeErrors, 409: errorResponse('Une administration de ce type porte déjà ce nom') },
    },
  },
  '/reference-changes': {
    get: {
      summary: 'Historique des modifications d’une juridiction ou d’une administration (administrateur national)',
      description:
        'Filtre obligatoire : entity (juridiction | administration) et entityId. Tri : at (plus récent d’abord par défaut). Chaque ligne : at, action (create | update), userEmail, changes ({ champ: { from, to } }).',
      security: cookieAuth,
      parameters: simpleRestParams,
      responses: {
        200: { ...json({ type: 'array', items: { $ref: '#/components/schemas/ReferenceChangeRecord' } }), headers: { 'Content-Range': { schema: { type: 'string' }, example: 'reference-changes 0-2/3' } } },
        400: errorResponse('Filtre absent ou inconnu'),
        401: errorResponse('Non connecté'),
        403: errorResponse('Réservé à l’administrateur national'),
      },
    },
  },
  '/administrations/{id}': {
    get: {
      summary: 'Une administration',
      security: cookieAuth,
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
      responses: { 200: json(administrationRecord), 404: errorResponse('Inconnue') },
    },
    put: {
      summary: 'Modifier une administration (administrateur national)',
      description: 'Un champ absent garde sa valeur. Chaque changement est journalisé (qui, quand, avant, après).',
      security: cookieAuth,
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
      requestBody: { required: true, content: { 'application/json': { schema: administration } } },
      responses: { 200: json(administrationRecord), ...writeErrors, 404: errorResponse('Inconnue'), 409: errorResponse('Une administration de ce type porte déjà ce nom') },
    },
  },
};
