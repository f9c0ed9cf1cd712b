import { Type, type Static } from '@sinclair/typebox';
import { ROLES, type Role } from '../labels';
import { closed, oneOf } from './schema-helpers';

/**
 * The back-office's session, written once: who is signed in and what the sign-in steps answer
 * (`POST /api/auth/login`, `GET /api/auth/me`, `POST /api/auth/totp/verify`). The API builds these
 * answers with these types, the back-office reads them with the same, and the OpenAPI document
 * publishes the schemas; objects are closed, as in the public contract.
 */


export const SignedInUserSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    email: Type.String({ example: 'greffier.blois@justice.test' }),
    displayName: Type.String({ example: 'Julien Robert' }),
    role: oneOf<Role>(ROLES),
    juridictionId: Type.Union([Type.String(), Type.Null()], { example: 'tj-blois' }),
    juridictionNom: Type.Union([Type.String(), Type.Null()], { example: 'Tribunal judiciaire de Blois' }),
  },
  closed,
);
/** The signed-in user (the server reloads it on every request: a changed role applies at once). */
export type SignedInUser = Static<typeof SignedInUserSchema>;

/** After the password: `ok` (signed in), or the second factor to give (`required`) or to set up first. */
export const SECOND_FACTOR_STATES = ['ok', 'required', 'enrolment_required'] as const;
export type SecondFactorState = (typeof SECOND_FACTOR_STATES)[number];
/** A half-signed session's next step. */
export type PendingSecondFactor = Exclude<SecondFactorState, 'ok'>;

export const SessionInfoSchema = Type.Object(
  {
    user: Type.Optional(SignedInUserSchema),
    /** The user's CASL rules, as `defineRulesFor` writes them. */
    rules: Type.Optional(Type.Array(Type.Object({}, { additionalProperties: true }))),
    csrfToken: Type.String(),
    mfa: Type.Unsafe<SecondFactorState>({
      type: 'string',
      enum: [...SECOND_FACTOR_STATES],
      description: '`ok` : connexion complète ; `required` ou `enrolment_required` : second facteur à donner ou à activer (sans `user`)',
    }),
    /** Why the sign-in is not complete yet (half-signed sessions). */
    message: Type.Optional(Type.String()),
    /** Shown once, when the second factor is switched on at the end of a sign-in. */
    recoveryCodes: Type.Optional(Type.Array(Type.String())),
  },
  closed,
);
export type SessionInfo = Static<typeof SessionInfoSchema>;

/** The session's schemas, as the OpenAPI document's components. */
export const SESSION_SCHEMAS = { SignedInUser: SignedInUserSchema, SessionInfo: SessionInfoSchema };
