import { AbilityBuilder, createMongoAbility, type MongoAbility, type RawRuleOf } from '@casl/ability';
import type { Role } from './labels';

/**
 * Who may do what: one CASL definition for the API (route guards, SQL filters, field filtering)
 * and the back-office (`authProvider.canAccess`). Conditions name model attributes (camelCase).
 */
export type Action = 'manage' | 'read' | 'create' | 'update' | 'delete' | 'transition' | 'export';
export type Subject =
  | 'Saisine'
  | 'Juridiction'
  | 'Administration'
  | 'User'
  | 'Indicator'
  | 'Outbox'
  | 'SecurityLog'
  | 'Preference'
  | 'all';

export type AppAbility = MongoAbility<[Action, Subject]>;
export type AppRule = RawRuleOf<AppAbility>;

export interface AbilityUser {
  id: string;
  role: Role;
  juridictionId: string | null;
}

export function defineRulesFor(user: AbilityUser | null): AppRule[] {
  const { can, rules } = new AbilityBuilder<AppAbility>(createMongoAbility);
  if (!user) return rules;

  can('read', 'Juridiction');
  can('read', 'Administration');
  // Each user's own list settings, and nobody else's.
  const ownPreferences = { userId: user.id };
  can(['read', 'update'], 'Preference', ownPreferences);

  switch (user.role) {
    case 'admin_national':
      // Users, courts and reference data; no referral content.
      can('manage', 'User');
      can(['create', 'update'], 'Juridiction');
      can(['create', 'update'], 'Administration');
      can('read', 'Outbox');
      can('read', 'SecurityLog');
      can('read', 'Indicator');
      break;
    case 'greffier':
    case 'magistrat':
      if (user.juridictionId) {
        const ownCourt = { juridictionId: user.juridictionId };
        can('read', 'Saisine', ownCourt);
        can('transition', 'Saisine', ownCourt);
        can('export', 'Saisine', ownCourt);
        if (user.role === 'greffier') can('create', 'Saisine', ownCourt);
        can('read', 'User', ownCourt);
        can('read', 'Indicator', ownCourt);
      }
      break;
    case 'analyste':
      // Aggregates only: no person, no narrative, no document.
      can('read', 'Indicator');
      break;
  }
  return rules;
}

export function createAbility(rules: AppRule[]): AppAbility {
  return createMongoAbility<AppAbility>(rules);
}

export function defineAbilityFor(user: AbilityUser | null): AppAbility {
  return createAbility(defineRulesFor(user));
}
