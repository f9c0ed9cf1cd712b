import { BULK_TRANSITION_MAX, BULK_TRANSITION_TARGETS, CLASSEMENT_REASONS, DECISIONS, LIST_COUNT_BOUND, SEARCH_COUNT_BOUND, QUICK_VIEWS, SAISINE_STATUSES } from '@info-parquet/common';
import { body, closedObject, cookieAuth, errorResponse, json, listHeaders as listHeadersFor, simpleRestParams as simpleRestParamsFor, listAnswers } from '../openapi/building-blocks';

const simpleRestParams = simpleRestParamsFor({ sort: '["receivedAt","DESC"]', filter: '{"status":["recue"],"q":"Durand"}' });

const saisineDetail = { $ref: '#/components/schemas/SaisineDetail' };

/** The court’s referrals: list, counts, export, detail, transitions (part of the OpenAPI document, openapi/document.ts). */
export const saisinePaths = {
  '/saisines': {
    get: {
      summary: 'Saisines visibles par l’utilisateur (filtrées en SQL par ses règles)',
      description: `Filtres : q (plein texte), id, status (${SAISINE_STATUSES.join(', ')}), urgent, kind, channel, juridictionId, assigneeId, administrationKind, administrationId, receivedAt_gte/lte, decidedAt_gte/lte (un instant ISO, ou une date AAAA-MM-JJ : le jour entier, heure de Paris). Tris : priority (urgentes pas encore prises en compte, puis nouvelles, en cours, décidées, closes ; urgentes d’abord puis plus anciennes dans chacun), receivedAt, reference, status, urgent, registeredAt, decidedAt, numeroParquet. Total compté exactement jusqu’à ${LIST_COUNT_BOUND} saisines, ${SEARCH_COUNT_BOUND} pour une recherche plein texte (ou jusqu’à la fin de la page demandée, si elle est plus loin) : au-delà, \`Content-Range: saisines 0-24/*\` (total non compté, d’autres saisines suivent cette page).`,
      security: cookieAuth,
      parameters: simpleRestParams,
      responses: listAnswers(
        listHeadersFor('saisines 0-24/319 ou saisines 0-24/*'),
        { 401: 'Non connecté', 403: 'Rôle sans accès aux saisines' },
        { $ref: '#/components/schemas/SaisineListRecord' },
      ),
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
        200: json(closedObject(Object.fromEntries(QUICK_VIEWS.map((view) => [view.id, { type: 'integer', minimum: 0, maximum: LIST_COUNT_BOUND + 1 }])))),
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
          additionalProperties: false,
          required: ['results'],
          properties: {
            results: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
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
      responses: { 200: json(saisineDetail), 401: errorResponse('Non connecté'), 404: errorResponse('Absente ou non visible') },
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
        200: json({ oneOf: [saisineDetail, { $ref: '#/components/schemas/SaisineMovedAway' }] }, 'Saisine à jour (ou sortie de la vue de l’utilisateur : transférée)'),
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
        200: json(saisineDetail, 'Saisine à jour'),
        401: errorResponse('Non connecté'),
        403: errorResponse('Rôle sans droit d’agir sur les saisines, ou jeton CSRF absent'),
        404: errorResponse('Absente ou non visible'),
        409: errorResponse('Saisine non urgente, ou déjà prise en compte (par qui, quand)'),
      },
    },
  },
};
