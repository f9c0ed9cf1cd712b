import { ADMINISTRATION_SCHEMAS, INDICATOR_SCHEMAS, PUBLIC_API_SCHEMAS, REFERENCE_DATA_SCHEMAS, SAISINE_SCHEMAS } from '@info-parquet/common';
import { adminPaths } from '../reference-data/admin-openapi';
import { healthPaths } from '../health/openapi';
import { submissionPaths, submissionSchemas } from '../saisines/submission/openapi';
import { suiviPaths } from '../suivi/openapi';
import { attachmentPaths } from '../saisines/attachments/openapi';
import { publicReferenceDataPaths } from '../reference-data/openapi';
import { accountPaths, accountSchemas } from '../accounts/openapi';
import { saisinePaths } from '../saisines/openapi';
import { livePaths } from '../live/openapi';
import { mailPaths } from '../mail/openapi';
import { indicatorPaths } from '../indicateurs/openapi';
import { legalPaths } from '../legal/openapi';
import { error, errorResponse, json } from './building-blocks';

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

/**
 * The API contract as it exists now (`GET /api/openapi.json`), assembled from each module's part
 * (`<module>/openapi.ts`) and common's public answers. Update it with every route.
 */
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
        ...submissionSchemas,
        ...accountSchemas,
        ...ADMINISTRATION_SCHEMAS,
        ...REFERENCE_DATA_SCHEMAS,
        ...SAISINE_SCHEMAS,
        ...INDICATOR_SCHEMAS,
      },
    },
    paths: {
      ...healthPaths,
      ...submissionPaths,
      ...suiviPaths,
      ...attachmentPaths,
      ...publicReferenceDataPaths,
      ...accountPaths,
      ...saisinePaths,
      ...livePaths,
      ...mailPaths,
      ...adminPaths,
      ...indicatorPaths,
      ...legalPaths,
    },
  }));
}
