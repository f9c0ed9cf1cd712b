import {
  ADMINISTRATION_KINDS,
  BULK_TRANSITION_MAX,
  BULK_TRANSITION_TARGETS,
  CLASSEMENT_REASONS,
  DECISIONS,
  LIST_COUNT_BOUND,
  SEARCH_COUNT_BOUND,
  PERSON_ROLES,
  PERSON_TYPES,
  PIECE_JOINTE_TYPES_TEXT,
  QUICK_VIEWS,
  SAISINE_KINDS,
  SAISINE_STATUSES,
  SECURITY_EVENT_TYPES,
  PREFERENCE_MAX_BYTES,
  PUBLIC_API_SCHEMAS,
} from '@info-parquet/common';
import { accountSecurityPaths } from '../accounts/auth/openapi';
import { adminPaths } from './admin-paths';
import { indicatorPaths } from '../indicateurs/openapi';
import { legalPaths } from '../legal/openapi';
import { body, cookieAuth, error, errorResponse, json, tooMany, listHeaders as listHeadersFor, simpleRestParams as simpleRestParamsFor } from './building-blocks';

/** The API contract as it exists now (`GET /api/openapi.json`). Update it with every route. */
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

/**
 * Every operation named (`operationId`), from its method and path, unless it names itself:
 * `GET /saisines/{id}/pieces-jointes/{pieceId}` → `getSaisinesIdPiecesJointesPieceId`. Client
 * generators and linters want one, unique.
 */
function withOperationIds<T extends { paths: Record<string, Record<string, Record<string, unknown>>> }>(document: T): T {
  const word = (part: string) => part.replace(/[{}]/g, '').split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      operation.operationId ??= method + path.split('/').map(word).join('');
    }
  }
  return document;
}

/**
 * The answers any operation may give, written once: 400 (a path that does not decode, a
 * malformed body or query), 500 (with the incident's reference); with a session, 401 and 403
 * (rights, or the CSRF token missing); with a body, 413 and 415. An operation that documents one
 * of them itself keeps its own description. Anonymous operations say so (`security: []`).
 */
function withCommonResponses<T extends { paths: Record<string, Record<string, Record<string, unknown>>> }>(document: T): T {
  for (const operations of Object.values(document.paths)) {
    for (const operation of Object.values(operations)) {
      const responses = (operation.responses ??= {}) as Record<string, unknown>;
      const secured = Array.isArray(operation.security) && operation.security.length > 0;
      operation.security ??= [];
      responses[400] ??= errorResponse('Requête invalide : paramètre, encodage de l’adresse ou corps mal formé (champs en défaut dans `errors`)');
      if (secured) {
        responses[401] ??= errorResponse('Non connecté, ou session expirée');
        responses[403] ??= errorResponse('Droits insuffisants, ou jeton CSRF absent');
      }
      if (operation.requestBody) {
        responses[413] ??= errorResponse('Requête trop volumineuse');
        responses[415] ??= errorResponse('Type de contenu non accepté (JSON attendu)');
      }
      responses[500] ??= json(
        { allOf: [error, { type: 'object', properties: { requestId: { type: 'string', description: 'Référence de l’incident, aussi dans l’en-tête X-Request-Id' } } }] },
        'Erreur interne ; la référence de l’incident est donnée',
      );
    }
  }
  return document;
}

export function openApiDocument(publicUrl: string) {
  return withOperationIds(withCommonResponses({
    openapi: '3.1.0',
    info: {
      title: 'Info Parquet',
      version: '1.0.0',
      license: { name: 'MIT', identifier: 'MIT' },
      description:
        'Transmission des saisines des administrations aux parquets. Les listes suivent le protocole ra-data-simple-rest ; ' +
        'toute requête qui modifie un état avec un cookie de session porte l’en-tête X-CSRF-Token.',
    },
    servers: [{ url: `${publicUrl}/api` }],
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'ip.sid' } },
      schemas: {
        ...PUBLIC_API_SCHEMAS,
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
        SessionInfo: {
          type: 'object',
          properties: {
            user: { type: 'object' },
            rules: { type: 'array', items: { type: 'object' } },
            csrfToken: { type: 'string' },
            mfa: { enum: ['ok', 'required', 'enrolment_required'], description: '`ok` : connexion complète ; `required` ou `enrolment_required` : second facteur à donner ou à activer (sans `user`)' },
          },
        },
      },
    },
    paths: {
      '/health': {
        get: {
          summary: 'État du service : la base répond, le disque des pièces jointes garde sa réserve, les tâches de fond tournent',
          description:
            '`checks.workers` (processus du serveur) : l’envoi des courriels, la relance des urgences et le nettoyage des pièces ' +
            'non rattachées ont chacun réussi un passage récemment (trois intervalles et une minute au plus).',
          responses: {
            200: json({
              type: 'object',
              properties: { status: { const: 'ok' }, checks: { type: 'object', properties: { database: { const: 'ok' }, disk: { const: 'ok' }, workers: { const: 'ok' } } } },
            }),
            503: json(
              { type: 'object', properties: { status: { const: 'unavailable' }, message: { type: 'string' }, checks: { type: 'object' } } },
              'Base indisponible, ou disque sous sa réserve (le contrôle en défaut est nommé)',
            ),
          },
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
            429: tooMany('Trop de saisines envoyées depuis cette adresse IP (PUBLIC_SUBMISSIONS_PER_HOUR)'),
          },
        },
      },
      '/public/suivi/{token}': {
        get: {
          summary: 'Suivi d’une saisine par son lien',
          description:
            'Ce que l’expéditeur peut voir : référence, statut et sa description, juridiction, numéro parquet une fois ' +
            'enregistrée, chronologie des statuts, et une fois décidée la décision (decision, decisionLabel, decisionDetail, ' +
            'classementReason, classementReasonLabel, appealMention ; null avant la décision), le fil des échanges `thread` (demandes de complément du parquet et messages de l’expéditeur) et `canAddMessage`. Chaque consultation est comptée.',
          parameters: [{ name: 'token', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            200: json({ $ref: '#/components/schemas/Suivi' }),
            404: errorResponse('Lien invalide'),
            429: tooMany('Trop de consultations depuis cette adresse IP (SUIVI_READS_PER_HOUR)'),
          },
        },
      },
      '/public/suivi/{token}/messages': {
        post: {
          summary: 'Répondre au parquet ou ajouter un message et des pièces (sans compte, le jeton fait foi)',
          description:
            'Corps : `{ message, attachmentIds? }` (message de 5 000 caractères au plus, facultatif si des pièces sont jointes ; ' +
            'pièces déposées d’abord par `POST /public/pieces-jointes`, 100 Mo au plus par saisine). Ajoute un événement `message` ' +
            'et un `piece_ajoutee` par pièce, avise le bureau d’ordre ; une saisine en « complément demandé » revient au statut ' +
            'qu’elle avait avant la demande. Le fil des échanges est dans `thread` du suivi.',
          parameters: [{ name: 'token', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: { message: { type: 'string', maxLength: 5000 }, attachmentIds: { type: 'array', items: { type: 'string', format: 'uuid' } } },
                },
              },
            },
          },
          responses: {
            201: json({ $ref: '#/components/schemas/SuiviMessageReceipt' }, 'Message transmis (statut éventuellement repris)'),
            400: errorResponse('Message vide, trop long, ou pièce introuvable'),
            404: errorResponse('Lien invalide'),
            409: errorResponse('Saisine clôturée : plus rien ne peut y être ajouté'),
            413: errorResponse('Plus de 100 Mo de pièces pour la saisine'),
            429: tooMany('Trop de messages depuis cette adresse IP (SUIVI_MESSAGES_PER_HOUR)'),
          },
        },
      },
      '/public/liens-de-suivi': {
        post: {
          summary: 'Lien perdu : recevoir par courriel de nouveaux liens de suivi',
          description:
            'Corps : `{ email }`. Toujours la même réponse 202, dans un temps comparable, que l’adresse soit connue ou non ; si elle l’est, ' +
            'un courriel liste ses saisines des 24 derniers mois, chacune avec un nouveau lien (les anciens restent valables). ' +
            '3 demandes par heure et par adresse.',
          requestBody: body({ email: { type: 'string' } }, ['email']),
          responses: {
            202: json({ type: 'object', required: ['message'], additionalProperties: false, properties: { message: { type: 'string' } } }, 'Demande prise en compte'),
            400: errorResponse('Adresse invalide'),
            429: errorResponse('Trop de demandes pour cette adresse'),
          },
        },
      },
      '/public/suivi/{token}/accuse-reception.pdf': {
        get: {
          summary: 'Accusé de réception de la saisine, en PDF',
          parameters: [{ name: 'token', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            200: { description: 'Le PDF (en pièce jointe)', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } },
            404: errorResponse('Lien invalide'),
          },
        },
      },
      '/public/pieces-jointes': {
        post: {
          summary: 'Déposer une pièce jointe (sans compte), avant de la citer dans `attachmentIds`',
          description:
            `Un fichier par requête (multipart/form-data, champ « fichier »), 20 Mo au plus, 100 Mo au plus par saisine. ` +
            `Le type est vérifié d’après le contenu (et doit correspondre à l’extension) : ${PIECE_JOINTE_TYPES_TEXT}. ` +
            'Une pièce non rattachée à une saisine dans les 24 heures est supprimée.',
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': { schema: { type: 'object', properties: { fichier: { type: 'string', format: 'binary' } } } },
            },
          },
          responses: {
            201: json({ $ref: '#/components/schemas/PieceJointe' }, 'Pièce enregistrée'),
            400: errorResponse('Aucun fichier, fichier vide ou envoi mal formé'),
            413: errorResponse('Fichier de plus de 20 Mo'),
            415: errorResponse('Type de fichier non accepté'),
            429: tooMany('Trop de fichiers, ou trop d’octets en attente de rattachement, depuis cette adresse IP'),
            507: errorResponse('Espace disque sous la réserve, ou trop de pièces en attente au total : réessayer plus tard'),
          },
        },
      },
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
            200: json({ type: 'object', properties: { message: { type: 'string' }, otherSessionsEnded: { type: 'integer' } } }),
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
            200: json({ type: 'object', properties: { id: { type: 'string' }, email: { type: 'string' }, lockedUntil: { type: 'null' }, failedLoginCount: { const: 0 } } }),
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
          responses: {
            200: { ...json({ type: 'array', items: { type: 'object' } }), headers: listHeaders },
            400: errorResponse('Tri ou filtre inconnu'),
            401: errorResponse('Non connecté'),
            403: errorResponse('Réservé à l’administrateur national'),
          },
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
      '/saisines': {
        get: {
          summary: 'Saisines visibles par l’utilisateur (filtrées en SQL par ses règles)',
          description: `Filtres : q (plein texte), id, status (${SAISINE_STATUSES.join(', ')}), urgent, kind, channel, juridictionId, assigneeId, administrationKind, administrationId, receivedAt_gte/lte, decidedAt_gte/lte (un instant ISO, ou une date AAAA-MM-JJ : le jour entier, heure de Paris). Tris : priority (urgentes pas encore prises en compte, puis nouvelles, en cours, décidées, closes ; urgentes d’abord puis plus anciennes dans chacun), receivedAt, reference, status, urgent, registeredAt, decidedAt, numeroParquet. Total compté exactement jusqu’à ${LIST_COUNT_BOUND} saisines, ${SEARCH_COUNT_BOUND} pour une recherche plein texte (ou jusqu’à la fin de la page demandée, si elle est plus loin) : au-delà, \`Content-Range: saisines 0-24/*\` (total non compté, d’autres saisines suivent cette page).`,
          security: cookieAuth,
          parameters: simpleRestParams,
          responses: {
            200: { ...json({ type: 'array', items: { type: 'object' } }), headers: listHeadersFor('saisines 0-24/319 ou saisines 0-24/*') },
            400: errorResponse('Tri ou filtre inconnu'),
            401: errorResponse('Non connecté'),
            403: errorResponse('Rôle sans accès aux saisines'),
          },
        },
        post: {
          summary: 'Saisir une saisine reçue par courrier papier ou par courriel (greffier de la juridiction)',
          description:
            'Mêmes champs et mêmes règles que le formulaire public (schéma partagé de common/), plus `channel` (papier | courriel) et ' +
            '`receivedDate` (AAAA-MM-JJ, date portée sur le courrier ou le courriel, pas dans le futur). L’adresse électronique de l’agent ' +
            'est facultative : sans elle, aucun accusé de réception n’est envoyé. La juridiction est celle du greffier. La chronologie ' +
            'commence par « Saisie par … (courrier papier) ». Droit CASL `create` sur Saisine ; en-tête `Idempotency-Key` accepté.',
          security: cookieAuth,
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/SaisineSubmission' } } } },
          responses: {
            201: json({ $ref: '#/components/schemas/Receipt' }, 'Saisine enregistrée'),
            400: errorResponse('Champs invalides'),
            401: errorResponse('Non connecté'),
            403: errorResponse('Réservé aux greffiers d’une juridiction, ou jeton CSRF absent'),
          },
        },
      },
      '/saisines/counts': {
        get: {
          summary: 'Nombre de saisines de chaque vue rapide pour l’utilisateur connecté (filtré en SQL par ses règles)',
          description: `Vues (common/src/quick-views.ts) : ${QUICK_VIEWS.map((view) => `${view.id} (${view.label})`).join(', ')}. Chaque nombre est le total de la liste GET /saisines avec le filtre de la vue, compté jusqu’à ${LIST_COUNT_BOUND} : ${LIST_COUNT_BOUND + 1} veut dire « plus de ${LIST_COUNT_BOUND} ».`,
          security: cookieAuth,
          responses: {
            200: json({ type: 'object', properties: Object.fromEntries(QUICK_VIEWS.map((view) => [view.id, { type: 'integer', minimum: 0, maximum: LIST_COUNT_BOUND + 1 }])) }),
            401: errorResponse('Non connecté'),
            403: errorResponse('Rôle sans accès aux saisines'),
          },
        },
      },
      '/saisines/export.csv': {
        get: {
          summary: 'Export CSV des saisines du filtre courant de la liste (mêmes filtres, même tri, mêmes règles que GET /saisines)',
          description:
            'UTF-8 avec BOM, séparateur `;`, fins de ligne CRLF, en-têtes en français ; dates en heure de Paris (JJ/MM/AAAA HH:MM). ' +
            'Les cellules commençant par = + - @ sont préfixées d’une apostrophe (injection de formule). Envoyé par lots de 1 000 ' +
            '(pagination par clé sur le tri), sans limite de nombre. Droit CASL `export` sur Saisine. `range` est ignoré.',
          security: cookieAuth,
          parameters: simpleRestParams.filter((param) => param.name !== 'range'),
          responses: {
            200: {
              description: 'Fichier `saisines-AAAA-MM-JJ.csv` (Content-Disposition: attachment)',
              content: { 'text/csv': { schema: { type: 'string' } } },
            },
            400: errorResponse('Tri ou filtre inconnu'),
            401: errorResponse('Non connecté'),
            403: errorResponse('Rôle sans droit d’export'),
          },
        },
      },
      '/saisines/bulk-transitions': {
        post: {
          summary: 'Action groupée : la même transition sur plusieurs saisines, chacune indépendamment',
          description:
            `Soit \`ids\`, soit \`filter\` (le filtre de la liste, restreint par les règles de l’utilisateur), au plus ${BULK_TRANSITION_MAX} saisines. ` +
            `\`to\` parmi : ${BULK_TRANSITION_TARGETS.join(', ')} ; seul champ commun : \`assigneeId\` (vers attribuee). ` +
            'Chaque saisine passe par la transition unitaire, dans sa propre transaction, à la version lue sur sa ligne ; ' +
            'la réponse donne pour chacune `ok`, le nouveau `status`, ou un `message` en français et le `code` HTTP qu’aurait eu la transition seule (404 non visible, 409 impossible depuis son statut…).',
          security: cookieAuth,
          requestBody: body({
                    ids: { type: 'array', items: { type: 'string', format: 'uuid' }, maxItems: BULK_TRANSITION_MAX },
                    filter: { type: 'object' },
                    to: { enum: BULK_TRANSITION_TARGETS },
                    assigneeId: { type: 'string', format: 'uuid' },
                  }, ['to']),
          responses: {
            200: json({
              type: 'object',
              properties: {
                results: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['id', 'reference', 'ok'],
                    properties: {
                      id: { type: 'string' },
                      reference: { type: ['string', 'null'] },
                      ok: { type: 'boolean' },
                      status: { enum: SAISINE_STATUSES },
                      message: { type: 'string' },
                      code: { type: 'integer' },
                    },
                  },
                },
              },
            }),
            400: errorResponse('Corps invalide, action non groupable, ou plus de 1 000 saisines'),
            401: errorResponse('Non connecté'),
            403: errorResponse('Rôle sans droit de transition, ou jeton CSRF absent'),
          },
        },
      },
      '/saisines/{id}': {
        get: {
          summary: 'Une saisine, ses personnes, ses pièces, sa chronologie, l’intégrité de son journal et les transitions possibles pour l’utilisateur (`availableTransitions`)',
          description: 'Chaque lecture est enregistrée (qui, quelle saisine, quand, d’où) dans le journal en ajout seul `saisine_consultations` ; la liste ne l’est pas ligne à ligne.',
          security: cookieAuth,
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
          responses: { 200: json({ type: 'object' }), 401: errorResponse('Non connecté'), 404: errorResponse('Absente ou non visible') },
        },
      },
      '/saisines/{id}/transitions': {
        post: {
          summary: 'Faire évoluer une saisine selon le workflow (enregistrer, attribuer, demander un complément, transférer, décider, clôturer)',
          description:
            'Le corps porte `to` (statut visé), `version` (celle de la saisine affichée) et les champs que le workflow demande : ' +
            '`numeroParquet` (AA/JJJ/N, unique par juridiction) vers enregistree ; `assigneeId` (magistrat ou greffier actif de la juridiction) vers attribuee ; ' +
            '`message` vers complement_demande ; `juridictionId` + `reason` vers transferee ; `decision` (poursuites | alternative | classement) ' +
            'avec `classementReason` (classement) ou `decisionDetail` (alternative), et `onBehalfOfId` quand un greffier l’enregistre, vers decidee. ' +
            'La réponse est la saisine à jour (avec `availableTransitions`) ; après un transfert, `{id, reference, status, juridictionId, visible: false}`.',
          security: cookieAuth,
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
          requestBody: body({
                    to: { enum: SAISINE_STATUSES },
                    version: { type: 'integer', minimum: 1 },
                    numeroParquet: { type: 'string', example: '26/123/45' },
                    assigneeId: { type: 'string', format: 'uuid' },
                    message: { type: 'string', maxLength: 5000 },
                    juridictionId: { type: 'string', example: 'tj-paris' },
                    reason: { type: 'string', maxLength: 2000 },
                    decision: { enum: DECISIONS },
                    decisionDetail: { type: 'string', maxLength: 2000 },
                    classementReason: { enum: CLASSEMENT_REASONS },
                    onBehalfOfId: { type: 'string', format: 'uuid' },
                  }, ['to', 'version']),
          responses: {
            200: json({ type: 'object' }, 'Saisine à jour'),
            400: errorResponse('Champ manquant ou invalide (`errors` par champ)'),
            401: errorResponse('Non connecté'),
            403: errorResponse('Rôle ne permettant pas cette action, ou jeton CSRF absent'),
            404: errorResponse('Absente ou non visible'),
            409: errorResponse('Transition impossible depuis le statut actuel, saisine modifiée entre-temps, ou numéro parquet déjà utilisé'),
          },
        },
      },
      '/saisines/{id}/prise-en-compte': {
        post: {
          summary: '« Prendre en compte » une saisine urgente (greffier ou magistrat de la juridiction)',
          description:
            'Enregistre qui et quand (`firstAckAt`, `firstAckByName`), ajoute un évènement « Prise en compte » à la chronologie, arrête les relances de la permanence ' +
            'et prévient les écrans ouverts de la juridiction. Ni le statut ni la version ne changent. Une première transition vaut aussi prise en compte.',
          security: cookieAuth,
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
          responses: {
            200: json({ type: 'object' }, 'Saisine à jour'),
            401: errorResponse('Non connecté'),
            403: errorResponse('Rôle sans droit d’agir sur les saisines, ou jeton CSRF absent'),
            404: errorResponse('Absente ou non visible'),
            409: errorResponse('Saisine non urgente, ou déjà prise en compte (par qui, quand)'),
          },
        },
      },
      '/users': {
        get: {
          summary: 'Utilisateurs visibles (sa juridiction pour un greffier ou un magistrat)',
          description: 'Filtres : q, id, juridictionId, role, active. Tris : displayName, role, email.',
          security: cookieAuth,
          parameters: simpleRestParams,
          responses: {
            200: { ...json({ type: 'array', items: { type: 'object' } }), headers: listHeaders },
            400: errorResponse('Tri ou filtre inconnu'),
            403: errorResponse('Rôle sans accès aux utilisateurs'),
          },
        },
        post: {
          summary: 'Créer un compte (administrateur national)',
          description:
            'Sans mot de passe : l’utilisateur le choisira par le lien de réinitialisation envoyé par courriel (à venir). La juridiction est obligatoire pour un greffier ou un magistrat, interdite pour les autres rôles.',
          security: cookieAuth,
          requestBody: { required: true, content: { 'application/json': { schema: userAccount } } },
          responses: {
            201: json({ type: 'object' }, 'Créé'),
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
          responses: { 200: json({ type: 'object' }), 404: errorResponse('Absent ou non visible') },
        },
        put: {
          summary: 'Modifier un compte (administrateur national)',
          description:
            'Champs : email, displayName, role, juridictionId, active (les autres sont ignorés). Un changement de rôle, de juridiction ou d’activation met fin aux sessions du compte et est journalisé.',
          security: cookieAuth,
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
          requestBody: { content: { 'application/json': { schema: userAccount } } },
          responses: {
            200: json({ type: 'object' }),
            400: errorResponse('Champ invalide (errors par champ)'),
            403: errorResponse('Rôle sans droit de gestion des comptes, ou jeton CSRF absent'),
            404: errorResponse('Absent'),
            409: errorResponse('Adresse électronique déjà utilisée, ou retrait de ses propres droits'),
          },
        },
      },
      '/saisines/{id}/pieces-jointes/{pieceId}': {
        get: {
          summary: 'Télécharger une pièce jointe d’une saisine visible par l’utilisateur',
          security: cookieAuth,
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
            { name: 'pieceId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
          ],
          responses: {
            200: { description: 'Le fichier (Content-Disposition: attachment, nom d’origine)' },
            401: errorResponse('Non connecté'),
            403: errorResponse('Rôle sans accès aux saisines'),
            404: errorResponse('Absente ou non visible'),
          },
        },
      },
      '/events': {
        get: {
          summary: 'Évènements en direct (server-sent events) des saisines de la juridiction de l’utilisateur',
          description:
            'Flux `text/event-stream` : `saisine_recue` (arrivée, ou transfert depuis une autre juridiction ; `urgent` indiqué) et ' +
            '`saisine_statut` (changement de statut, ou départ par transfert). Données : saisineId, reference, urgent, status, fromStatus, ' +
            'juridictionId, jamais le contenu. Commentaire `: ping` toutes les 25 s ; l’en-tête `Last-Event-ID` (ou `?lastEventId=`) ' +
            'renvoie ce qui a été manqué (24 h au plus). Alimenté par LISTEN/NOTIFY de PostgreSQL : tous les processus de l’API reçoivent tout.',
          security: cookieAuth,
          responses: {
            200: { description: 'Flux d’évènements', content: { 'text/event-stream': { schema: { type: 'string' } } } },
            401: errorResponse('Non connecté'),
            403: errorResponse('Rôle sans accès aux saisines'),
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
          responses: { 200: json({ type: 'object', properties: { key: { type: 'string' }, value: {} } }), 401: errorResponse('Non connecté'), 404: errorResponse('Absente') },
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
            200: json({ type: 'object', properties: { key: { type: 'string' }, value: {} } }),
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
      '/outbox': {
        get: {
          summary: 'Boîte d’envoi des courriels (administrateur national)',
          description:
            'Filtres : status (en_attente, envoye, echec), kind (accuse_reception, notification_bureau_ordre, notification_permanence, message_expediteur, demande_complement, decision_communiquee, liens_de_suivi, reinitialisation_mot_de_passe, activation_compte), saisineId, createdAt_gte/lte. Tris : createdAt, status, kind, sentAt. Les secrets d’un courriel (liens de suivi) sont stockés chiffrés à part, remplacés dans le corps par « ⟦secret:nom⟧ », effacés une fois le courriel envoyé, et jamais renvoyés.',
          security: cookieAuth,
          parameters: simpleRestParams,
          responses: {
            200: { ...json({ type: 'array', items: { type: 'object' } }), headers: listHeaders },
            400: errorResponse('Tri ou filtre inconnu'),
            401: errorResponse('Non connecté'),
            403: errorResponse('Réservé à l’administrateur national'),
          },
        },
      },
      '/outbox/{id}': {
        get: {
          summary: 'Un courriel de la boîte d’envoi',
          security: cookieAuth,
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
          responses: { 200: json({ type: 'object' }), 404: errorResponse('Inconnu') },
        },
      },
      ...adminPaths,
      ...indicatorPaths,
      ...legalPaths,
    },
  }));
}
