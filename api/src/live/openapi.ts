import { cookieAuth, errorResponse } from '../openapi/building-blocks';

/** Live events (part of the OpenAPI document, openapi/document.ts). */
export const livePaths = {
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
};
