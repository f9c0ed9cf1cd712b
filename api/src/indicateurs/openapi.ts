import { ADMINISTRATION_KINDS, INDICATOR_DEFINITIONS, INDICATOR_MAX_DAYS, SAISINE_KINDS, SMALL_COUNT_RULE } from '@info-parquet/common';
import { cookieAuth, errorResponse, json } from '../openapi/building-blocks';

/** OpenAPI description of the dashboards' figures (spread into openapi/document.ts). */
const query = (name: string, schema: object, description: string) => ({ name, in: 'query', required: false, schema, description });
const periodParams = [
  query('from', { type: 'string', format: 'date' }, 'Premier jour de la période (Paris), inclus ; par défaut il y a 13 semaines.'),
  query('to', { type: 'string', format: 'date' }, `Dernier jour (Paris), inclus ; par défaut aujourd’hui. ${INDICATOR_MAX_DAYS} jours au plus.`),
  query('administrationKind', { enum: ADMINISTRATION_KINDS }, 'Type d’administration expéditrice.'),
  query('kind', { enum: SAISINE_KINDS }, 'Nature de la saisine.'),
  query('granularity', { enum: ['week', 'month'], default: 'week' }, 'Pas des séries : semaine (lundi) ou mois.'),
];
const definitions = Object.values(INDICATOR_DEFINITIONS)
  .map((indicator) => `- **${indicator.label}** : ${indicator.definition}`)
  .join('\n');
const shape =
  'Réponse : `current` et `previous` (la période de même durée juste avant), `series` (par semaine ou mois de réception), ' +
  '`distributions` (histogrammes des délais, en secondes), `generatedAt`. Chaque indicateur porte ses effectifs.';

export const indicatorPaths = {
  '/indicators': {
    get: {
      summary: 'Indicateurs d’impact : national et par juridiction (analystes, administrateur national), ou sa juridiction (greffiers, magistrats)',
      description:
        `Cohorte : les saisines REÇUES dans la période. ${shape} Les lecteurs nationaux reçoivent aussi \`ranking\` (juridictions côte à côte) ; ` +
        `un greffier ou un magistrat reçoit sa juridiction sans masquage (\`scope: "juridiction"\`) et \`national\` à côté. ${SMALL_COUNT_RULE} ` +
        `Aucune donnée personnelle, aucun récit, aucun document.\n\n${definitions}`,
      security: cookieAuth,
      parameters: [
        ...periodParams,
        query('juridictionId', { type: 'string' }, 'Une juridiction (lecteurs nationaux ; pour un greffier ou un magistrat, la sienne seulement).'),
        query('administrationId', { type: 'integer', minimum: 1 }, 'Une administration de l’annuaire.'),
      ],
      responses: {
        200: json({ $ref: '#/components/schemas/IndicatorsResponse' }),
        400: errorResponse('Filtre inconnu ou invalide (`errors` par filtre)'),
        401: errorResponse('Non connecté'),
        403: errorResponse('Sans accès aux indicateurs, ou juridiction d’un autre'),
      },
    },
  },
  '/public/statistiques': {
    get: {
      summary: 'Statistiques publiques : agrégats nationaux, sans connexion',
      description: `Les mêmes indicateurs, nationaux seulement (ni juridiction, ni administration nommée), calculés au plus toutes les 5 minutes. ${shape} ${SMALL_COUNT_RULE}`,
      parameters: periodParams,
      responses: { 200: json({ $ref: '#/components/schemas/IndicatorsResponse' }), 400: errorResponse('Filtre inconnu ou invalide (`errors` par filtre)') },
    },
  },
};
