import { Type, type Static } from '@sinclair/typebox';
import { ADMINISTRATION_KINDS, JURIDICTION_TYPE_LABELS, type AdministrationKind, type JuridictionType } from '../labels';
import { closed, nullable, oneOf, DateTime } from './schema-helpers';

/**
 * The reference data as the administration screens read it, written once: the courts
 * (`/api/juridictions`), the senders' directory (`/api/administrations`) and the history of their
 * changes (`/api/reference-changes`). The API maps its rows to these types, the back-office lists
 * and edits them with the same, the OpenAPI document publishes the schemas; objects are closed.
 */

const JURIDICTION_TYPES = Object.keys(JURIDICTION_TYPE_LABELS) as JuridictionType[];

export const JuridictionRecordSchema = Type.Object(
  {
    id: Type.String({ example: 'tj-blois' }),
    type: oneOf<JuridictionType>(JURIDICTION_TYPES),
    nom: Type.String({ example: 'Tribunal judiciaire de Blois' }),
    siege: Type.String({ example: 'Blois' }),
    siegeCodeInsee: nullable(Type.String()),
    departementCode: nullable(Type.String()),
    courAppel: nullable(Type.String()),
    chambresProximite: Type.Array(Type.String()),
    departementsRessort: Type.Array(Type.String()),
    adresse: Type.String(),
    emailBureauOrdre: Type.String(),
    emailPermanence: Type.String(),
    telephonePermanence: Type.String(),
    urgenceDelaiMinutes: Type.Integer({ minimum: 0, description: 'Délai cible de prise en compte d’une saisine urgente' }),
    competence: Type.String(),
    active: Type.Boolean(),
  },
  closed,
);
/** A court or specialised parquet, as the back-office reads and edits it. */
export type JuridictionRecord = Static<typeof JuridictionRecordSchema>;

export const AdministrationRecordSchema = Type.Object(
  {
    id: Type.Integer(),
    nom: Type.String({ example: 'Direction départementale des finances publiques de Loir-et-Cher' }),
    kind: oneOf<AdministrationKind>(ADMINISTRATION_KINDS),
    departementCode: nullable(Type.String()),
    email: Type.String(),
    siret: Type.String(),
    active: Type.Boolean(),
    createdAt: DateTime,
    updatedAt: DateTime,
  },
  closed,
);
/** An administration of the senders' directory. */
export type AdministrationRecord = Static<typeof AdministrationRecordSchema>;

export const ReferenceChangeRecordSchema = Type.Object(
  {
    id: Type.String(),
    at: DateTime,
    entity: oneOf(['juridiction', 'administration'] as const),
    entityId: Type.String(),
    action: oneOf(['create', 'update'] as const),
    userEmail: Type.String(),
    changes: Type.Record(Type.String(), Type.Object({ from: Type.Unknown(), to: Type.Unknown() }, closed)),
  },
  closed,
);
/** One change of a court or an administration: who, when, each field before and after. */
export type ReferenceChangeRecord = Static<typeof ReferenceChangeRecordSchema>;

export const REFERENCE_DATA_SCHEMAS = {
  JuridictionRecord: JuridictionRecordSchema,
  AdministrationRecord: AdministrationRecordSchema,
  ReferenceChangeRecord: ReferenceChangeRecordSchema,
};
