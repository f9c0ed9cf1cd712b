import {
  CHANNEL_LABELS,
  ROLE_SHORT_LABELS,
  saisieGreffeSchema,
  todayInParis,
  type SaisieGreffeInput,
} from '@info-parquet/common';
import { AppError } from '../../http/app-error';
import { validateBody } from '../../http/validate-body';
import type { CurrentUser } from '../../http/authenticate';
import { recordSaisine, type SubmissionContext, type SubmissionReceipt } from './submit-saisine';

function validateEntry(body: unknown): Promise<SaisieGreffeInput> {
  return validateBody(saisieGreffeSchema, body, { message: 'La saisine contient des erreurs. Corrigez les champs indiqués.' });
}

/**
 * The moment a paper or e-mail referral counts from: now when it arrived today, else noon (UTC)
 * of the day written on it, which is that same day in France whatever the season.
 */
function receivedAtOf(receivedDate: string, now = new Date()): Date {
  return receivedDate === todayInParis(now) ? now : new Date(`${receivedDate}T12:00:00Z`);
}

/**
 * A referral received on paper or by e-mail, entered by a clerk: validated by the shared schema,
 * recorded for the clerk's own court by the same service as the public form (reference, tracking
 * link, acknowledgement mailed when an address is given, court notices), then it lives like any other.
 */
export async function enterSaisine(
  context: SubmissionContext,
  clerk: CurrentUser,
  body: unknown,
  idempotencyKey?: string,
): Promise<{ created: boolean; receipt: SubmissionReceipt }> {
  if (!clerk.juridictionId) throw AppError.forbidden();
  const { channel, receivedDate, ...input } = await validateEntry(body);
  const label = `${clerk.displayName} (${ROLE_SHORT_LABELS[clerk.role]})`;
  return recordSaisine(
    context,
    // The court is the clerk's own: a clerk cannot file a referral into another court.
    { ...input, juridictionId: clerk.juridictionId },
    {
      idempotencyKey,
      channel,
      entry: {
        receivedAt: receivedAtOf(receivedDate),
        userId: clerk.id,
        actor: { type: 'user', id: clerk.id, label },
        reason: `Saisie par ${clerk.displayName} (${CHANNEL_LABELS[channel].toLowerCase()})`,
      },
    },
  );
}
