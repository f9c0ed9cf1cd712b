import { json } from '../openapi/building-blocks';

/** The service’s health check (part of the OpenAPI document, openapi/document.ts). */
export const healthPaths = {
  '/health': {
    get: {
      summary: 'État du service : la base répond, le disque des pièces jointes garde sa réserve, les tâches de fond tournent',
      description:
        '`checks.workers` (processus du serveur) : l’envoi des courriels, la relance des urgences et le nettoyage des pièces ' +
        'non rattachées ont chacun réussi un passage récemment (trois intervalles et une minute au plus).',
      responses: {
        200: json({
          type: 'object',
          additionalProperties: false,
          required: ['status', 'checks'],
          properties: {
            status: { const: 'ok' },
            checks: { type: 'object', additionalProperties: false, properties: { database: { const: 'ok' }, disk: { const: 'ok' }, workers: { const: 'ok' } } },
          },
        }),
        503: json(
          { type: 'object', properties: { status: { const: 'unavailable' }, message: { type: 'string' }, checks: { type: 'object' } } },
          'Base indisponible, ou disque sous sa réserve (le contrôle en défaut est nommé)',
        ),
      },
    },
  },
};
