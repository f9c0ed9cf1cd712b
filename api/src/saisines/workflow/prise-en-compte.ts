import type { Database } from '../../db/database';
import { subject } from '@casl/ability';
import { formatParisShortDateTime, type AppAbility, type Subject } from '@info-parquet/common';
import { AppError } from '../../http/app-error';
import type { CurrentUser } from '../../http/authenticate';
import { getSaisineDetail } from '../detail';
import { appendEvent } from '../events-repository';
import { actorLabel } from './transition-service';
import { withAvailableTransitions } from './available-transitions';
import { UUID } from '../../http/uuid';
import { emitStatusLiveEvent, lockForTakingIntoAccount, markTakenIntoAccount } from './workflow-repository';

/**
 * « Prendre en compte »: a clerk or prosecutor of the court says they have seen an urgent
 * referral. Who and when are kept on the referral (`first_ack_at`, `first_ack_by`: the urgency
 * indicator reads them), one `prise_en_compte` event enters its chain, reminders to the permanence
 * stop, and every open screen of the court is told (the live alert ends). The workflow status and
 * the version do not change: a screen showing the referral can still move it on.
 */
export async function takeIntoAccount(db: Database, user: CurrentUser, ability: AppAbility, id: string) {
  if (!UUID.test(id)) throw AppError.notFound('Saisine introuvable.');
  await db.transaction(async (transaction) => {
    const saisine = await lockForTakingIntoAccount(db, transaction, ability, id);
    if (!saisine) throw AppError.notFound('Saisine introuvable.');
    if (!ability.can('transition', subject('Saisine', { juridictionId: saisine.juridictionId }) as unknown as Subject)) {
      throw AppError.forbidden('Vous ne pouvez pas prendre en compte les saisines de cette juridiction.');
    }
    if (!saisine.urgent) {
      throw AppError.conflict('Seule une saisine urgente se « prend en compte » : celle-ci suit le circuit ordinaire.');
    }
    if (saisine.firstAckAt) {
      const who = saisine.firstAckByName ? ` par ${saisine.firstAckByName}` : '';
      throw AppError.conflict(`Cette saisine a déjà été prise en compte${who}, le ${formatParisShortDateTime(saisine.firstAckAt)}.`);
    }
    await markTakenIntoAccount(db, transaction, id, user.id);
    await appendEvent(db, transaction, {
      saisineId: id,
      type: 'prise_en_compte',
      actor: { type: 'user', id: user.id, label: actorLabel(user) },
      reason: 'Saisine urgente prise en compte.',
    });
    await emitStatusLiveEvent(db, transaction, id);
  });
  return withAvailableTransitions(user, ability, await getSaisineDetail(db, ability, id));
}
