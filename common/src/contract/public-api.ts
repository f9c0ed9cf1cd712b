import { Type, type Static } from '@sinclair/typebox';
import { CLASSEMENT_REASONS, DECISIONS, type ClassementReason, type Decision } from '../labels';
import { SAISINE_STATUSES, type SaisineStatus } from '../statuses';
import { closed, nullable, oneOf, DateTime } from './schema-helpers';

/**
 * What the public API answers, written once: JSON Schemas (TypeBox) that the OpenAPI document
 * publishes as they are, and the TypeScript types the API builds its answers with and the form
 * reads them with. The API's tests check every answer against the document, so an answer that
 * strays from these shapes fails there; the form cannot expect a shape the API does not send.
 * Objects are closed (`additionalProperties: false`): a field added on one side only is caught.
 */


export const CommuneSchema = Type.Object(
  {
    codeInsee: Type.String({ example: '41018' }),
    nom: Type.String({ example: 'Blois' }),
    departementCode: Type.String({ example: '41' }),
    codesPostaux: Type.Array(Type.String()),
  },
  closed,
);
export type Commune = Static<typeof CommuneSchema>;

/** A court as routing and error answers name it. */
export const JuridictionResumeSchema = Type.Object(
  { id: Type.String({ example: 'tj-blois' }), nom: Type.String({ example: 'Tribunal judiciaire de Blois' }), type: Type.String({ example: 'TJ' }) },
  closed,
);
export type JuridictionResume = Static<typeof JuridictionResumeSchema>;

/** `GET /api/public/communes/<codeInsee>/routage`: the competent court, or the candidates (art. 43 CPP). */
export const RoutageSchema = Type.Object(
  {
    commune: CommuneSchema,
    certain: Type.Boolean({ description: 'Vrai quand les données désignent seules le parquet compétent' }),
    juridiction: nullable(JuridictionResumeSchema),
    candidates: Type.Array(JuridictionResumeSchema, { description: 'Les parquets possibles quand il faut choisir' }),
    source: Type.String({ description: 'D’où vient la réponse : `siege`, `ministere`… (table de routage), `departement` (un seul tribunal), `candidats`' }),
  },
  closed,
);
export type Routage = Static<typeof RoutageSchema>;

/** `GET /api/public/juridictions`: an active court or specialised parquet, with what it deals with. */
export const JuridictionPubliqueSchema = Type.Object(
  {
    id: Type.String(),
    nom: Type.String(),
    type: oneOf(['TJ', 'TPI', 'SPECIALISE'] as const),
    competence: nullable(Type.String()),
  },
  closed,
);
export type JuridictionPublique = Static<typeof JuridictionPubliqueSchema>;

/** `201` of `POST /api/public/pieces-jointes`: one stored document. */
export const PieceJointeSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    originalName: Type.String(),
    mimeType: Type.String({ description: 'Déterminé d’après le contenu du fichier' }),
    sizeBytes: Type.Integer(),
    sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
  },
  closed,
);
export type PieceJointe = Static<typeof PieceJointeSchema>;

/** `201` of `POST /api/public/saisines`: the acknowledgement of receipt. */
export const SaisineReceiptSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    reference: Type.String({ example: 'IP-2026-000123' }),
    receivedAt: DateTime,
    juridiction: Type.Object(
      { id: Type.String(), nom: Type.String(), type: Type.String(), adresse: nullable(Type.String()) },
      closed,
    ),
    trackingUrl: Type.String({ format: 'uri' }),
    acknowledgement: Type.Object(
      {
        reference: Type.String(),
        receivedAt: DateTime,
        juridiction: Type.String({ description: 'Nom de la juridiction destinataire' }),
        message: Type.String(),
        pdfUrl: Type.String({ format: 'uri', description: 'Accusé de réception PDF (accessible avec le jeton de suivi)' }),
        piecesJointes: Type.Array(PieceJointeSchema),
      },
      closed,
    ),
  },
  closed,
);
export type SaisineReceipt = Static<typeof SaisineReceiptSchema>;

const PieceDuFilSchema = Type.Object({ originalName: Type.String(), sizeBytes: Type.Integer(), sha256: Type.String() }, closed);

/** One entry of the exchanges seen through the tracking link. */
export const SuiviMessageSchema = Type.Object(
  {
    at: DateTime,
    from: oneOf(['parquet', 'expediteur'] as const),
    authorLabel: Type.String(),
    message: Type.String(),
    pieces: Type.Array(PieceDuFilSchema),
  },
  closed,
);
export type SuiviMessage = Static<typeof SuiviMessageSchema>;

/** `GET /api/public/suivi/<token>`: what the sender may see of their referral. */
export const SuiviSchema = Type.Object(
  {
    reference: Type.String(),
    status: oneOf<SaisineStatus>(SAISINE_STATUSES),
    statusLabel: Type.String(),
    statusDescription: Type.String(),
    urgent: Type.Boolean(),
    receivedAt: DateTime,
    numeroParquet: nullable(Type.String()),
    juridiction: Type.Object({ nom: Type.String() }, closed),
    decision: nullable(oneOf<Decision>(DECISIONS)),
    decisionLabel: nullable(Type.String()),
    decisionDetail: nullable(Type.String()),
    classementReason: nullable(oneOf<ClassementReason>(CLASSEMENT_REASONS)),
    classementReasonLabel: nullable(Type.String()),
    appealMention: nullable(Type.String({ description: 'Le recours ouvert contre un classement (art. 40-3 CPP)' })),
    events: Type.Array(Type.Object({ at: DateTime, status: oneOf<SaisineStatus>(SAISINE_STATUSES), label: Type.String() }, closed)),
    thread: Type.Array(SuiviMessageSchema, { description: 'Demandes de complément du parquet et messages de l’expéditeur, du plus ancien au plus récent' }),
    canAddMessage: Type.Boolean({ description: 'Faux une fois la saisine clôturée' }),
  },
  closed,
);
export type Suivi = Static<typeof SuiviSchema>;

/** `201` of `POST /api/public/suivi/<token>/messages`. */
export const SuiviMessageReceiptSchema = Type.Object(
  {
    reference: Type.String(),
    status: oneOf<SaisineStatus>(SAISINE_STATUSES),
    statusLabel: Type.String(),
    pieces: Type.Array(Type.Composite([Type.Object({ id: Type.String({ format: 'uuid' }) }), PieceDuFilSchema], closed)),
    message: Type.String(),
  },
  closed,
);
export type SuiviMessageReceipt = Static<typeof SuiviMessageReceiptSchema>;

/** Every error answer: a French message, the fields at fault, and what helps to go on. */
export const ApiErrorSchema = Type.Object({
  message: Type.String(),
  errors: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'Message par champ fautif (chemin du champ)' })),
  candidates: Type.Optional(Type.Array(JuridictionResumeSchema, { description: 'Les parquets possibles, quand il faut en choisir un' })),
  requestId: Type.Optional(Type.String({ description: 'Identifiant de la requête (erreur 500), à citer au support' })),
});
export type ApiError = Static<typeof ApiErrorSchema>;

/** The public answers as OpenAPI components (`#/components/schemas/<name>`); smaller parts are written inline. */
export const PUBLIC_API_SCHEMAS = {
  Error: ApiErrorSchema,
  Commune: CommuneSchema,
  Routage: RoutageSchema,
  JuridictionPublique: JuridictionPubliqueSchema,
  PieceJointe: PieceJointeSchema,
  Receipt: SaisineReceiptSchema,
  Suivi: SuiviSchema,
  SuiviMessageReceipt: SuiviMessageReceiptSchema,
};
