import { subject } from '@casl/ability';
import { createAbility, type Action, type AppAbility, type AppRule, type Subject } from '@info-parquet/common';

/** react-admin resources and the CASL subjects that common/abilities.ts speaks of. */
export const RESOURCE_SUBJECTS: Record<string, Exclude<Subject, 'all'>> = {
  saisines: 'Saisine',
  juridictions: 'Juridiction',
  users: 'User',
  administrations: 'Administration',
  outbox: 'Outbox',
  'security-events': 'SecurityLog',
  indicators: 'Indicator',
};

/** react-admin actions (pages and buttons) and the CASL actions that guard them. */
const ACTIONS: Record<string, Action> = {
  list: 'read',
  show: 'read',
  create: 'create',
  edit: 'update',
  delete: 'delete',
  export: 'export',
  transition: 'transition',
};

/**
 * Pages guarded by another rule than their action's. The users' screens are account management:
 * a clerk reads the users of their court (to pick an assignee) but manages no account, so the
 * list and the page of a user ask for `update User`, which only the national administrator has.
 */
const PAGE_ACTIONS: Record<string, Partial<Record<string, Action>>> = {
  users: { list: 'update', show: 'update' },
  // Everyone reads courts and administrations (routing, transfers) but only their keeper has their screens.
  juridictions: { list: 'update', show: 'update' },
  administrations: { list: 'update', show: 'update' },
};

export interface AccessRequest {
  action: string;
  resource: string;
  record?: Record<string, unknown>;
}

// Rebuilding an ability is cheap but the menu asks once per resource and render: keep the last one.
let cache: { rules: AppRule[]; ability: AppAbility } | null = null;

export function abilityFor(rules: AppRule[]): AppAbility {
  if (cache?.rules !== rules) cache = { rules, ability: createAbility(rules) };
  return cache.ability;
}

/** Whether the rules allow an action of react-admin on a resource, or on one of its records. */
export function canAccessWith(rules: AppRule[], { action, resource, record }: AccessRequest): boolean {
  const subjectType = RESOURCE_SUBJECTS[resource];
  const caslAction = PAGE_ACTIONS[resource]?.[action] ?? ACTIONS[action];
  if (!subjectType || !caslAction) return false;
  const ability = abilityFor(rules);
  if (!record) return ability.can(caslAction, subjectType);
  // A copy: `subject()` tags the object it is given, and react-admin's records are shared.
  // common's AppAbility names subject types only; CASL matches the conditions on the tagged record.
  return ability.can(caslAction, subject(subjectType, { ...record }) as unknown as Subject);
}
