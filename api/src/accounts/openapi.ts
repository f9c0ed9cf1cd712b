import { accountSecurityPaths } from './auth/openapi';
import { SECURITY_EVENT_TYPES, PREFERENCE_MAX_BYTES, SESSION_SCHEMAS } from '@info-parquet/common';
import { closedObject, body, cookieAuth, errorResponse, json, tooMany, simpleRestParams as simpleRestParamsFor, listHeaders as listHeadersFor, listAnswers } from '../openapi/building-blocks';

const simpleRestParams = simpleRestParamsFor({ sort: '["receivedAt","DESC"]', filter: '{"status":["recue"],"q":"Durand"}' });
const listHeaders = listHeadersFor('saisines 0-24/319');
const userAccount = {
  type: 'object',
  properties: {
    email: { type: 'string', format: 'email' },
    displayName: { type: 'string' },
    role: { type: 'string', enum: ['admin_national', 'greffier', 'magistrat', 'analyste'] },
    juridictionId: { type: ['string', 'null'] },
    active: { type: 'boolean' },
  },
};

const userRecord = { $ref: '#/components/schemas/UserRecord' };

/** What `GET /auth/me` and the sign-in answer (OpenAPI components, from common's contract). */
export const accountSchemas = { ...SESSION_SCHEMAS };

/** Sign-in, the session, users, the security log and preferences (part of the OpenAPI document, openapi/document.ts). */
export const accountPaths = {
  '/auth/login': {
    post: {
      summary: 'Connexion au back-office',
      requestBody: {
        required: true,
        content: { 'application/json': { schema: { type: 'object', properties: { email: { type: 'string' }, password: { type: 'string' } } } } },
      },
      responses: {
        200: json({ $ref: '#/components/schemas/SessionInfo' }),
        401: errorResponse('Identifiants incorrects (même réponse pour un compte inconnu)'),
        423: errorResponse('Compte verrouillé après trop d’échecs consécutifs ; `lockedUntil` donne la fin du verrouillage'),
        429: tooMany('Trop d’échecs depuis cette adresse IP (ou pour ce compte depuis cette adresse)'),
      },
    },
  },
  '/auth/logout': {
    post: { summary: 'Déconnexion', security: cookieAuth, responses: { 204: { description: 'Déconnecté' }, 403: errorResponse('Jeton CSRF absent') } },
  },
  '/auth/logout-all': {
    post: {
      summary: 'Se déconnecter partout : met fin à toutes les sessions de l’utilisateur, celle-ci comprise',
      security: cookieAuth,
      responses: { 204: { description: 'Toutes les sessions sont fermées' }, 401: errorResponse('Non connecté'), 403: errorResponse('Jeton CSRF absent') },
    },
  },
  '/auth/password': {
    post: {
      summary: 'Changer son mot de passe (12 caractères au moins, pas un mot de passe courant, sans son identifiant)',
      description: 'Les autres sessions de l’utilisateur sont fermées ; la session courante reste ouverte.',
      security: cookieAuth,
      requestBody: body({ currentPassword: { type: 'string' }, newPassword: { type: 'string', minLength: 12, maxLength: 128 } }, ['currentPassword', 'newPassword']),
      responses: {
        200: json(closedObject({ message: { type: 'string' }, otherSessionsEnded: { type: 'integer' } })),
        400: errorResponse('Mot de passe refusé ; `errors` par champ (currentPassword, newPassword)'),
        401: errorResponse('Non connecté'),
        403: errorResponse('Jeton CSRF absent'),
      },
    },
  },
  '/users/{id}/unlock': {
    post: {
      summary: 'Déverrouiller un compte (administrateur national)',
      security: cookieAuth,
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
      responses: {
        200: json(closedObject({ id: { type: 'string' }, email: { type: 'string' }, lockedUntil: { type: 'null' }, failedLoginCount: { const: 0 } })),
        401: errorResponse('Non connecté'),
        403: errorResponse('Réservé à l’administrateur national'),
        404: errorResponse('Utilisateur inconnu'),
      },
    },
  },
  '/security-events': {
    get: {
      summary: 'Journal de sécurité (administrateur national)',
      description: `Filtres : type (${SECURITY_EVENT_TYPES.join(', ')}), userId, email (début de l’adresse, sans tenir compte de la casse), ip, at_gte, at_lte. Tri : at (plus récent d’abord par défaut).`,
      security: cookieAuth,
      parameters: simpleRestParams,
      responses: listAnswers(listHeaders, { 401: 'Non connecté', 403: 'Réservé à l’administrateur national' }, { $ref: '#/components/schemas/SecurityEventRecord' }),
    },
  },
  '/auth/me': {
    get: {
      summary: 'Utilisateur connecté, ses règles CASL et son jeton CSRF',
      security: cookieAuth,
      responses: {
        200: json({ $ref: '#/components/schemas/SessionInfo' }),
        401: errorResponse('Non connecté ; une connexion inachevée (second facteur) porte `mfa` : `required` ou `enrolment_required`'),
      },
    },
  },
  ...accountSecurityPaths,
  '/users': {
    get: {
      summary: 'Utilisateurs visibles (sa juridiction pour un greffier ou un magistrat)',
      description: 'Filtres : q, id, juridictionId, role, active. Tris : displayName, role, email.',
      security: cookieAuth,
      parameters: simpleRestParams,
      responses: listAnswers(listHeaders, { 403: 'Rôle sans accès aux utilisateurs' }, userRecord),
    },
    post: {
      summary: 'Créer un compte (administrateur national)',
      description:
        'Sans mot de passe : l’utilisateur le choisira par le lien de réinitialisation envoyé par courriel (à venir). La juridiction est obligatoire pour un greffier ou un magistrat, interdite pour les autres rôles.',
      security: cookieAuth,
      requestBody: { required: true, content: { 'application/json': { schema: userAccount } } },
      responses: {
        201: json(userRecord, 'Créé'),
        400: errorResponse('Champ invalide (errors par champ)'),
        403: errorResponse('Rôle sans droit de gestion des comptes, ou jeton CSRF absent'),
        409: errorResponse('Adresse électronique déjà utilisée (sans tenir compte de la casse)'),
      },
    },
  },
  '/users/{id}': {
    get: {
      summary: 'Un utilisateur',
      security: cookieAuth,
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
      responses: { 200: json(userRecord), 404: errorResponse('Absent ou non visible') },
    },
    put: {
      summary: 'Modifier un compte (administrateur national)',
      description:
        'Champs : email, displayName, role, juridictionId, active (les autres sont ignorés). Un changement de rôle, de juridiction ou d’activation met fin aux sessions du compte et est journalisé.',
      security: cookieAuth,
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
      requestBody: { content: { 'application/json': { schema: userAccount } } },
      responses: {
        200: json(userRecord),
        400: errorResponse('Champ invalide (errors par champ)'),
        403: errorResponse('Rôle sans droit de gestion des comptes, ou jeton CSRF absent'),
        404: errorResponse('Absent'),
        409: errorResponse('Adresse électronique déjà utilisée, ou retrait de ses propres droits'),
      },
    },
  },
  '/preferences': {
    get: {
      summary: 'Toutes les préférences de l’utilisateur connecté (colonnes, tri, filtres, vues enregistrées)',
      security: cookieAuth,
      responses: { 200: json({ type: 'object', additionalProperties: true }), 401: errorResponse('Non connecté') },
    },
  },
  '/preferences/{key}': {
    get: {
      summary: 'Une préférence de l’utilisateur connecté',
      security: cookieAuth,
      parameters: [{ name: 'key', in: 'path', required: true, schema: { type: 'string' } }],
      responses: { 200: json(closedObject({ key: { type: 'string' }, value: {} })), 401: errorResponse('Non connecté'), 404: errorResponse('Absente') },
    },
    put: {
      summary: 'Enregistrer une préférence de l’utilisateur connecté',
      description:
        `Clés admises : saisines.datatable et saisines.datatable_columnRanks (colonnes masquées et leur ordre), saisines.listParams (tri, filtres, pagination), saisines.vues (« Mes vues »). ` +
        `Corps \`{"value": …}\`, ${PREFERENCE_MAX_BYTES} octets au plus ; une recherche libre (\`filter.q\`) est refusée : elle peut contenir des noms.`,
      security: cookieAuth,
      parameters: [{ name: 'key', in: 'path', required: true, schema: { type: 'string' } }],
      requestBody: body({ value: {} }, ['value']),
      responses: {
        200: json(closedObject({ key: { type: 'string' }, value: {} })),
        400: errorResponse('Clé inconnue, valeur trop volumineuse ou contenant une recherche libre'),
        401: errorResponse('Non connecté'),
      },
    },
    delete: {
      summary: 'Supprimer une préférence de l’utilisateur connecté',
      security: cookieAuth,
      parameters: [{ name: 'key', in: 'path', required: true, schema: { type: 'string' } }],
      responses: { 204: { description: 'Supprimée' }, 401: errorResponse('Non connecté') },
    },
  },
};
