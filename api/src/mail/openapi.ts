import { cookieAuth, errorResponse, json, simpleRestParams as simpleRestParamsFor, listHeaders as listHeadersFor, listAnswers } from '../openapi/building-blocks';

const simpleRestParams = simpleRestParamsFor({ sort: '["receivedAt","DESC"]', filter: '{"status":["recue"],"q":"Durand"}' });
const listHeaders = listHeadersFor('outbox 0-24/319');

/** The outbox (part of the OpenAPI document, openapi/document.ts). */
export const mailPaths = {
  '/outbox': {
    get: {
      summary: 'Boîte d’envoi des courriels (administrateur national)',
      description:
        'Filtres : status (en_attente, envoye, echec), kind (accuse_reception, notification_bureau_ordre, notification_permanence, message_expediteur, demande_complement, decision_communiquee, liens_de_suivi, reinitialisation_mot_de_passe, activation_compte), saisineId, createdAt_gte/lte. Tris : createdAt, status, kind, sentAt. Les secrets d’un courriel (liens de suivi) sont stockés chiffrés à part, remplacés dans le corps par « ⟦secret:nom⟧ », effacés une fois le courriel envoyé, et jamais renvoyés.',
      security: cookieAuth,
      parameters: simpleRestParams,
      responses: listAnswers(listHeaders, { 401: 'Non connecté', 403: 'Réservé à l’administrateur national' }, { $ref: '#/components/schemas/OutboxRecord' }),
    },
  },
  '/outbox/{id}': {
    get: {
      summary: 'Un courriel de la boîte d’envoi',
      security: cookieAuth,
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
      responses: { 200: json({ $ref: '#/components/schemas/OutboxRecord' }), 404: errorResponse('Inconnu') },
    },
  },
};
