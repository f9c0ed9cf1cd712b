import { Type, type Static } from '@sinclair/typebox';
import { OUTBOX_STATUSES, type OutboxStatus } from '../outbox-labels';
import { ROLES, SECURITY_EVENT_TYPES, type Role, type SecurityEventType } from '../labels';
import { closed, nullable, oneOf, DateTime } from './schema-helpers';

/**
 * What the administration screens read, written once: the accounts (`/api/users`), the outbox
 * (`GET /api/outbox`, `GET /api/outbox/{id}`) and the security log (`GET /api/security-events`). The API maps its rows
 * to these types, the back-office lists them with the same, the OpenAPI document publishes the
 * schemas; objects are closed, as in the rest of the contract.
 */


export const OutboxRecordSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    kind: Type.String({ description: 'Type de courriel (`accuse_reception`, `decision_communiquee`…)', example: 'accuse_reception' }),
    saisineId: nullable(Type.String({ format: 'uuid' })),
    to: Type.String({ example: 'camille.martin@dgfip.finances.gouv.fr' }),
    subject: Type.String(),
    /** The body, its secrets (tracking links) replaced by « ⟦secret:nom⟧ » or masked. */
    text: Type.String(),
    html: nullable(Type.String()),
    status: oneOf<OutboxStatus>(OUTBOX_STATUSES),
    attempts: Type.Integer({ minimum: 0 }),
    nextAttemptAt: DateTime,
    sentAt: nullable(DateTime),
    lastError: nullable(Type.String()),
    createdAt: DateTime,
    attachments: Type.Array(
      Type.Object({ filename: Type.String(), contentType: Type.String(), sizeBytes: Type.Integer({ minimum: 0 }) }, closed),
    ),
  },
  closed,
);
/** A mail of the outbox: its secrets are never part of it. */
export type OutboxRecord = Static<typeof OutboxRecordSchema>;

export const SecurityEventRecordSchema = Type.Object(
  {
    id: Type.String({ description: 'Numéro d’ordre dans le journal', example: '1042' }),
    at: DateTime,
    type: oneOf<SecurityEventType>(SECURITY_EVENT_TYPES),
    userId: nullable(Type.String({ format: 'uuid' })),
    email: nullable(Type.String()),
    ip: nullable(Type.String()),
    userAgent: nullable(Type.String()),
    details: Type.Record(Type.String(), Type.Unknown(), { description: 'Ce qui précise l’évènement (motif, rôle changé…)' }),
  },
  closed,
);
/** An entry of the security log (append-only). */
export type SecurityEventRecord = Static<typeof SecurityEventRecordSchema>;

export const UserRecordSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    email: Type.String({ example: 'greffier.blois@justice.test' }),
    displayName: Type.String({ example: 'Julien Robert' }),
    role: oneOf<Role>(ROLES),
    juridictionId: nullable(Type.String({ example: 'tj-blois' })),
    juridictionNom: nullable(Type.String({ example: 'Tribunal judiciaire de Blois' })),
    active: Type.Boolean(),
    /** Only for whoever may lift a lock-out (the national administrator): when it ends, or null. */
    lockedUntil: Type.Optional(nullable(DateTime)),
  },
  closed,
);
/** An account as the users' screens read it: never a password hash or a sign-on identity. */
export type UserRecord = Static<typeof UserRecordSchema>;

/** The administration screens' schemas, as the OpenAPI document's components. */
export const ADMINISTRATION_SCHEMAS = { UserRecord: UserRecordSchema, OutboxRecord: OutboxRecordSchema, SecurityEventRecord: SecurityEventRecordSchema };
