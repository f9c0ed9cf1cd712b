import { body, errorResponse, json, tooMany } from '../openapi/building-blocks';

/** The sender’s side: the tracking link, messages, lost links, the PDF acknowledgement (part of the OpenAPI document, openapi/document.ts). */
export const suiviPaths = {
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
};
