import { subject } from '@casl/ability';
import { defineAbilityFor, type Action, type AppAbility, type Role, type Subject } from '@info-parquet/common';

/**
 * The authorization matrix of issue 5, as data: who (actors) × what (endpoints) × which record
 * (of the actor's own court, of another court, none). The expected status is derived from the
 * CASL rules of common/ (the rules of the issue), never copied by hand from the code's behaviour:
 * anonymous → 401, no rule for the action → 403, a record the rules do not reach → 404 (no
 * existence leak), otherwise the endpoint's success status. Read answers must carry exactly the
 * fields listed here: what each audience may see.
 */

export type ActorName = 'anonymous' | 'tracking' | 'admin' | 'greffierBlois' | 'magistratBlois' | 'greffierParis' | 'analyste';

export interface Actor {
  name: ActorName;
  /** Who signs in; none for the anonymous visitor and the sender with their tracking link. */
  email?: string;
  role?: Role;
  juridictionId?: string | null;
}

export const ACTORS: Actor[] = [
  { name: 'anonymous' },
  { name: 'tracking' },
  { name: 'admin', email: 'admin@justice.test', role: 'admin_national', juridictionId: null },
  { name: 'greffierBlois', email: 'greffier.blois@justice.test', role: 'greffier', juridictionId: 'tj-blois' },
  { name: 'magistratBlois', email: 'magistrat.blois@justice.test', role: 'magistrat', juridictionId: 'tj-blois' },
  { name: 'greffierParis', email: 'greffier.paris@justice.test', role: 'greffier', juridictionId: 'tj-paris' },
  { name: 'analyste', email: 'analyste@justice.test', role: 'analyste', juridictionId: null },
];

/** Which record an endpoint is asked about, relative to the court of the records (Blois or Paris). */
export type Scope = 'blois' | 'paris' | 'none';

/** What the test created: the ids that the endpoints' paths name. */
export interface Fixtures {
  saisine: Record<Scope, string>;
  piece: Record<Scope, string>;
  user: Record<Scope, string>;
  juridiction: Record<Scope, string>;
  outbox: Record<Scope, string>;
  token: Record<Scope, string>;
  administration: Record<Scope, string>;
}

/** The fields that an answer may carry, checked exactly (top level). */
export const FIELDS = {
  me: ['csrfToken', 'mfa', 'rules', 'user'],
  totp: ['enabled', 'enabledAt', 'recoveryCodesLeft', 'required', 'unreadable'],
  meUser: ['displayName', 'email', 'id', 'juridictionId', 'juridictionNom', 'role'],
  user: ['active', 'displayName', 'email', 'id', 'juridictionId', 'juridictionNom', 'role'],
  /** What the keeper of the accounts sees besides: the lock-out (to unlock it). */
  userManaged: ['active', 'displayName', 'email', 'id', 'juridictionId', 'juridictionNom', 'lockedUntil', 'role'],
  saisineListRow: [
    'assigneeId', 'assigneeName', 'channel', 'decidedAt', 'enRetard', 'factsCommuneInsee', 'factsCommuneNom', 'id', 'juridictionId',
    'juridictionNom', 'kind', 'numeroParquet', 'qualification', 'receivedAt', 'reference', 'registeredAt',
    'senderAdministration', 'senderAdministrationKind', 'status', 'urgencyReason', 'urgent',
  ],
  juridiction: [
    'active', 'adresse', 'chambresProximite', 'competence', 'courAppel', 'departementCode', 'departementsRessort',
    'emailBureauOrdre', 'emailPermanence', 'id', 'nom', 'siege', 'siegeCodeInsee', 'telephonePermanence',
    'type', 'urgenceDelaiMinutes',
  ],
  administration: ['active', 'createdAt', 'departementCode', 'email', 'id', 'kind', 'nom', 'siret', 'updatedAt'],
  outboxMail: [
    'attachments', 'attempts', 'createdAt', 'html', 'id', 'kind', 'lastError', 'nextAttemptAt', 'saisineId', 'sentAt', 'status',
    'subject', 'text', 'to',
  ],
  securityEvent: ['at', 'details', 'email', 'id', 'ip', 'type', 'userAgent', 'userId'],
} as const;

/** What the sender's view never shows (the court's work and other people's data). */
export const SUIVI_FORBIDDEN = ['persons', 'factsNarrative', 'assigneeId', 'assigneeName', 'chain', 'version'];
/** What an analyst or an administrator must never receive, anywhere. */
export const PERSONAL_KEYS = ['persons', 'factsNarrative', 'passwordHash', 'password_hash', 'oidcSubject'];

export interface Endpoint {
  name: string;
  method: 'get' | 'post' | 'put';
  path: (f: Fixtures, scope: Scope) => string;
  /** The rule guarding the route; absent for public endpoints. */
  rule?: { action: Action; subject: Subject };
  /** The record the scope names, as CASL sees it; absent for collections. */
  record?: (scope: Scope) => Record<string, unknown> | null;
  /** Endpoints reached with the tracking token: only that actor (and anyone holding it) matters. */
  byToken?: boolean;
  scopes: Scope[];
  ok: number;
  /** The body a write sends (a valid one, or one that stops just after the access check). */
  body?: Record<string, unknown>;
  /** Its answer once allowed, when it is not `ok` (e.g. a 400 from a deliberately incomplete body). */
  fields?: readonly string[] | ((actor: Actor) => readonly string[]);
  /** A server-sent events stream, which never ends: only its status line and headers are read. */
  stream?: boolean;
}

const court = (scope: Scope) => (scope === 'blois' ? 'tj-blois' : scope === 'paris' ? 'tj-paris' : null);
const saisineOf = (scope: Scope) => (scope === 'none' ? null : { juridictionId: court(scope) });
const userOf = (scope: Scope) => (scope === 'none' ? null : { juridictionId: court(scope), role: 'greffier', active: true });
const ALL: Scope[] = ['blois', 'paris', 'none'];

export const ENDPOINTS: Endpoint[] = [
  { name: 'GET /health', method: 'get', path: () => '/api/health', scopes: ['none'], ok: 200 },
  { name: 'GET /public/juridictions', method: 'get', path: () => '/api/public/juridictions', scopes: ['none'], ok: 200 },
  { name: 'GET /public/communes', method: 'get', path: () => '/api/public/communes?q=blois', scopes: ['none'], ok: 200 },
  { name: 'GET /public/suivi/:token', method: 'get', path: (f, s) => `/api/public/suivi/${f.token[s]}`, byToken: true, scopes: ['blois', 'none'], ok: 200 },
  { name: 'GET /auth/me', method: 'get', path: () => '/api/auth/me', rule: { action: 'read', subject: 'Juridiction' }, scopes: ['none'], ok: 200, fields: FIELDS.me },
  { name: 'GET /auth/totp', method: 'get', path: () => '/api/auth/totp', rule: { action: 'read', subject: 'Juridiction' }, scopes: ['none'], ok: 200, fields: FIELDS.totp },
  { name: 'POST /auth/password-reset', method: 'post', path: () => '/api/auth/password-reset', scopes: ['none'], body: { email: 'pas-une-adresse' }, ok: 400 },
  { name: 'POST /auth/password-reset/confirm', method: 'post', path: () => '/api/auth/password-reset/confirm', scopes: ['none'], body: { token: 'A'.repeat(43), password: 'x' }, ok: 400 },
  { name: 'GET /saisines', method: 'get', path: () => '/api/saisines', rule: { action: 'read', subject: 'Saisine' }, scopes: ['none'], ok: 200 },
  {
    name: 'POST /saisines',
    method: 'post',
    path: () => '/api/saisines',
    rule: { action: 'create', subject: 'Saisine' },
    scopes: ['none'],
    // Incomplete: past the access check, a 400 that creates nothing.
    body: { channel: 'papier' },
    ok: 400,
  },
  { name: 'GET /preferences', method: 'get', path: () => '/api/preferences', rule: { action: 'read', subject: 'Preference' }, scopes: ['none'], ok: 200 },
  {
    name: 'PUT /preferences/:key',
    method: 'put',
    path: () => '/api/preferences/saisines.listParams',
    rule: { action: 'update', subject: 'Preference' },
    scopes: ['none'],
    body: { value: { sort: 'priority', order: 'ASC', filter: {} } },
    ok: 200,
  },
  { name: 'GET /events', method: 'get', path: () => '/api/events', rule: { action: 'read', subject: 'Saisine' }, scopes: ['none'], ok: 200, stream: true },
  { name: 'GET /saisines/counts', method: 'get', path: () => '/api/saisines/counts', rule: { action: 'read', subject: 'Saisine' }, scopes: ['none'], ok: 200 },
  { name: 'GET /saisines/:id', method: 'get', path: (f, s) => `/api/saisines/${f.saisine[s]}`, rule: { action: 'read', subject: 'Saisine' }, record: saisineOf, scopes: ALL, ok: 200 },
  {
    name: 'POST /saisines/:id/transitions',
    method: 'post',
    path: (f, s) => `/api/saisines/${f.saisine[s]}/transitions`,
    rule: { action: 'transition', subject: 'Saisine' },
    record: saisineOf,
    scopes: ALL,
    // A stale version: past the access check, it is refused without changing anything.
    body: { to: 'enregistree', numeroParquet: '26000000001', version: 999_999 },
    ok: 409,
  },
  {
    name: 'POST /saisines/:id/prise-en-compte',
    method: 'post',
    path: (f, s) => `/api/saisines/${f.saisine[s]}/prise-en-compte`,
    rule: { action: 'transition', subject: 'Saisine' },
    record: saisineOf,
    scopes: ALL,
    // The fixtures are not urgent: past the access check, it is refused without changing anything.
    body: {},
    ok: 409,
  },
  {
    name: 'GET /saisines/:id/pieces-jointes/:pieceId',
    method: 'get',
    path: (f, s) => `/api/saisines/${f.saisine[s]}/pieces-jointes/${f.piece[s]}`,
    rule: { action: 'read', subject: 'Saisine' },
    record: saisineOf,
    scopes: ALL,
    ok: 200,
  },
  { name: 'GET /users', method: 'get', path: () => '/api/users', rule: { action: 'read', subject: 'User' }, scopes: ['none'], ok: 200 },
  { name: 'GET /users/:id', method: 'get', path: (f, s) => `/api/users/${f.user[s]}`, rule: { action: 'read', subject: 'User' }, record: userOf, scopes: ALL, ok: 200, fields: (actor) => userFields(actor) },
  { name: 'POST /users/:id/unlock', method: 'post', path: (f, s) => `/api/users/${f.user[s]}/unlock`, rule: { action: 'update', subject: 'User' }, record: userOf, scopes: ALL, ok: 200 },
  {
    name: 'PUT /users/:id',
    method: 'put',
    path: (f, s) => `/api/users/${f.user[s]}`,
    rule: { action: 'update', subject: 'User' },
    record: userOf,
    scopes: ALL,
    body: { displayName: '' },
    ok: 400,
  },
  { name: 'POST /users', method: 'post', path: () => '/api/users', rule: { action: 'create', subject: 'User' }, scopes: ['none'], body: { email: 'x' }, ok: 400 },
  { name: 'GET /juridictions', method: 'get', path: () => '/api/juridictions', rule: { action: 'read', subject: 'Juridiction' }, scopes: ['none'], ok: 200 },
  {
    name: 'GET /juridictions/:id',
    method: 'get',
    path: (f, s) => `/api/juridictions/${f.juridiction[s]}`,
    rule: { action: 'read', subject: 'Juridiction' },
    record: (s) => (s === 'none' ? null : { id: court(s) }),
    scopes: ALL,
    ok: 200,
    fields: FIELDS.juridiction,
  },
  { name: 'GET /outbox', method: 'get', path: () => '/api/outbox', rule: { action: 'read', subject: 'Outbox' }, scopes: ['none'], ok: 200 },
  {
    name: 'GET /outbox/:id',
    method: 'get',
    path: (f, s) => `/api/outbox/${f.outbox[s]}`,
    rule: { action: 'read', subject: 'Outbox' },
    record: (s) => (s === 'none' ? null : {}),
    scopes: ['blois', 'none'],
    ok: 200,
    fields: FIELDS.outboxMail,
  },
  { name: 'GET /security-events', method: 'get', path: () => '/api/security-events', rule: { action: 'read', subject: 'SecurityLog' }, scopes: ['none'], ok: 200 },
  // The national administrator's reference data; everyone signed in reads it.
  {
    name: 'PUT /juridictions/:id',
    method: 'put',
    path: (f, s) => `/api/juridictions/${f.juridiction[s]}`,
    rule: { action: 'update', subject: 'Juridiction' },
    record: (s) => (s === 'none' ? null : { id: court(s) }),
    scopes: ['blois', 'none'],
    // An urgency target out of bounds: past the access check, refused without changing anything.
    body: { urgenceDelaiMinutes: 0 },
    ok: 400,
  },
  { name: 'GET /administrations', method: 'get', path: () => '/api/administrations', rule: { action: 'read', subject: 'Administration' }, scopes: ['none'], ok: 200 },
  {
    name: 'GET /administrations/:id',
    method: 'get',
    path: (f, s) => `/api/administrations/${f.administration[s]}`,
    rule: { action: 'read', subject: 'Administration' },
    record: (s) => (s === 'none' ? null : {}),
    scopes: ['blois', 'none'],
    ok: 200,
    fields: FIELDS.administration,
  },
  {
    name: 'GET /reference-changes (juridiction)',
    method: 'get',
    path: () => `/api/reference-changes?filter=${encodeURIComponent('{"entity":"juridiction","entityId":"tj-blois"}')}`,
    rule: { action: 'update', subject: 'Juridiction' },
    scopes: ['none'],
    ok: 200,
  },
  {
    name: 'GET /reference-changes (administration)',
    method: 'get',
    path: (f) => `/api/reference-changes?filter=${encodeURIComponent(JSON.stringify({ entity: 'administration', entityId: f.administration.blois }))}`,
    rule: { action: 'update', subject: 'Administration' },
    scopes: ['none'],
    ok: 200,
  },
  { name: 'POST /administrations', method: 'post', path: () => '/api/administrations', rule: { action: 'create', subject: 'Administration' }, scopes: ['none'], body: { nom: '' }, ok: 400 },
  {
    name: 'PUT /administrations/:id',
    method: 'put',
    path: (f, s) => `/api/administrations/${f.administration[s]}`,
    rule: { action: 'update', subject: 'Administration' },
    record: (s) => (s === 'none' ? null : {}),
    scopes: ['blois', 'none'],
    body: { siret: '123' },
    ok: 400,
  },
  // The newest referral endpoints of the court.
  { name: 'GET /saisines/export.csv', method: 'get', path: () => '/api/saisines/export.csv', rule: { action: 'export', subject: 'Saisine' }, scopes: ['none'], ok: 200 },
  {
    name: 'POST /saisines/bulk-transitions',
    method: 'post',
    path: () => '/api/saisines/bulk-transitions',
    rule: { action: 'transition', subject: 'Saisine' },
    scopes: ['none'],
    // A transition that is never made by batch: past the access check, refused without changing anything.
    body: { to: 'decidee', ids: [] },
    ok: 400,
  },
  // The sender's side: the tracking token is the credential.
  {
    name: 'POST /public/suivi/:token/messages',
    method: 'post',
    path: (f, s) => `/api/public/suivi/${f.token[s]}/messages`,
    byToken: true,
    scopes: ['blois', 'none'],
    body: { message: 'Vous trouverez ci-joint le procès-verbal complémentaire.' },
    ok: 201,
  },
  { name: 'GET /public/suivi/:token/accuse-reception.pdf', method: 'get', path: (f, s) => `/api/public/suivi/${f.token[s]}/accuse-reception.pdf`, byToken: true, scopes: ['blois', 'none'], ok: 200 },
  // Always the same answer for any address (no account needed); an address that is not one is a 400 before any throttle.
  { name: 'POST /public/liens-de-suivi', method: 'post', path: () => '/api/public/liens-de-suivi', scopes: ['none'], body: { email: 'pas-une-adresse' }, ok: 400 },
];

/** The fields of a user as `actor` reads them. */
export function userFields(actor: Actor): readonly string[] {
  return abilityOf(actor).can('update', 'User') ? FIELDS.userManaged : FIELDS.user;
}

export function abilityOf(actor: Actor): AppAbility {
  return defineAbilityFor(actor.role ? { id: actor.name, role: actor.role, juridictionId: actor.juridictionId ?? null } : null);
}

/** The status the rules promise for `actor` on `endpoint` about the `scope` record. */
export function expectedStatus(actor: Actor, endpoint: Endpoint, scope: Scope): number {
  // A tracking link is a bearer secret: whoever holds it sees that one referral, nothing else.
  if (endpoint.byToken) return scope !== 'none' ? endpoint.ok : 404;
  if (!endpoint.rule) return endpoint.ok;
  if (!actor.role) return 401;
  const ability = abilityOf(actor);
  const { action, subject: type } = endpoint.rule;
  if (!ability.can(action, type)) return 403;
  if (!endpoint.record) return endpoint.ok;
  const record = endpoint.record(scope);
  if (!record) return 404;
  // common's AppAbility names subject types only; CASL matches the conditions on the tagged record.
  return ability.can(action, subject(type as Exclude<Subject, 'all'>, record) as unknown as Subject) ? endpoint.ok : 404;
}
