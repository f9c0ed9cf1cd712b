import { subject } from '@casl/ability';
import {
  availableTransitions,
  requiredFields,
  type AppAbility,
  type AvailableTransition,
  type SaisineStatus,
  type Subject,
} from '@info-parquet/common';
import type { CurrentUser } from '../../http/authenticate';

export type { AvailableTransition };

interface EventLike {
  fromStatus: SaisineStatus | null;
  toStatus: SaisineStatus | null;
}

/** Where a referral waiting for a complement goes back to, from its (ordered) events. */
export function returnStatusFromEvents(events: readonly EventLike[]): SaisineStatus | null {
  const asked = [...events].reverse().find((event) => event.toStatus === 'complement_demande');
  return asked?.fromStatus ?? null;
}

/** The transitions the user may make now on this referral (the back-office shows only these). */
export function transitionsFor(
  user: Pick<CurrentUser, 'role'>,
  ability: AppAbility,
  saisine: { status: SaisineStatus; juridictionId: string; events: readonly EventLike[] },
): AvailableTransition[] {
  if (!ability.can('transition', subject('Saisine', { juridictionId: saisine.juridictionId }) as unknown as Subject)) return [];
  const returnTo = saisine.status === 'complement_demande' ? returnStatusFromEvents(saisine.events) : null;
  return availableTransitions(saisine.status, user.role, returnTo).map((rule) => ({
    to: rule.to,
    label: rule.label,
    requiredFields: requiredFields(rule, user.role),
  }));
}

/** The detail of `GET /api/saisines/:id` with its available transitions. */
export function withAvailableTransitions<T extends { events: readonly EventLike[] }>(
  user: Pick<CurrentUser, 'role'>,
  ability: AppAbility,
  detail: T,
): T & { availableTransitions: AvailableTransition[] } {
  const { status, juridictionId } = detail as unknown as { status: SaisineStatus; juridictionId: string };
  return { ...detail, availableTransitions: transitionsFor(user, ability, { status, juridictionId, events: detail.events }) };
}
