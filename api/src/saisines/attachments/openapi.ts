import { PIECE_JOINTE_TYPES_TEXT } from '@info-parquet/common';
import { cookieAuth, errorResponse, json, tooMany } from '../../openapi/building-blocks';

/** Documents: the anonymous upload and the court’s download (part of the OpenAPI document, openapi/document.ts). */
export const attachmentPaths = {
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
};
