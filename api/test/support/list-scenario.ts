import type { TestContext } from './test-app';
import { signIn, userIdsByEmail } from './test-app';
import { validSubmission } from './fixtures';
import { mustTransition, PARIS_FACTS, submitSaisine, type Session } from './workflow';

/**
 * One referral of TJ Blois in each place of the workflow, a referral transferred from Paris to
 * Blois, and one left in Paris: what the quick views and the list filters are tested against.
 */
export interface ListScenario {
  greffier: Session;
  magistrat: Session;
  greffierParis: Session;
  userIds: Record<string, string>;
  ids: {
    urgentRecue: string;
    recuePv: string;
    enregistree: string;
    attribueeUrgent: string;
    complement: string;
    decidee: string;
    cloturee: string;
    transfereeFromParis: string;
    paris: string;
  };
}

const URGENT = { urgent: true, urgencyReason: 'Risque de disparition des preuves' };

export async function buildListScenario(ctx: TestContext): Promise<ListScenario> {
  const [greffier, magistrat, greffierParis] = await Promise.all([
    signIn(ctx.app, 'greffier.blois@justice.test'),
    signIn(ctx.app, 'magistrat.blois@justice.test'),
    signIn(ctx.app, 'greffier.paris@justice.test'),
  ]);
  const userIds = await userIdsByEmail(ctx.db);
  const magistratId = userIds['magistrat.blois@justice.test'];

  let sequence = 0;
  const register = (id: string) => mustTransition(greffier, id, { to: 'enregistree', numeroParquet: `26/301/${(sequence += 1)}` });
  const assign = (id: string) => mustTransition(greffier, id, { to: 'attribuee', assigneeId: magistratId });
  const decide = (id: string) => mustTransition(magistrat, id, { to: 'decidee', decision: 'poursuites', decisionDetail: 'Citation directe' });

  const urgentRecue = await submitSaisine(ctx.app, URGENT);
  const recuePv = await submitSaisine(ctx.app, {
    kind: 'proces_verbal',
    sender: { ...validSubmission().sender, administrationKind: 'inspection_travail', administration: 'DREETS Centre-Val de Loire' },
  });
  const enregistree = await submitSaisine(ctx.app);
  await register(enregistree);
  const attribueeUrgent = await submitSaisine(ctx.app, URGENT);
  await register(attribueeUrgent);
  await assign(attribueeUrgent);
  const complement = await submitSaisine(ctx.app);
  await mustTransition(greffier, complement, { to: 'complement_demande', message: 'Merci de joindre le procès-verbal de contrôle.' });
  const decidee = await submitSaisine(ctx.app);
  await register(decidee);
  await assign(decidee);
  await decide(decidee);
  const cloturee = await submitSaisine(ctx.app, URGENT);
  await register(cloturee);
  await assign(cloturee);
  await decide(cloturee);
  await mustTransition(greffier, cloturee, { to: 'cloturee' });
  const transfereeFromParis = await submitSaisine(ctx.app, { facts: PARIS_FACTS });
  await mustTransition(greffierParis, transfereeFromParis, { to: 'transferee', juridictionId: 'tj-blois', reason: 'Siège de la société à Blois.' });
  const paris = await submitSaisine(ctx.app, { ...URGENT, facts: PARIS_FACTS });

  return {
    greffier,
    magistrat,
    greffierParis,
    userIds,
    ids: { urgentRecue, recuePv, enregistree, attribueeUrgent, complement, decidee, cloturee, transfereeFromParis, paris },
  };
}

/** GET /api/saisines with ra-data-simple-rest parameters (each JSON-encoded). */
export const listSaisines = (session: Session, params: Record<string, unknown> = {}) =>
  session.agent
    .get('/api/saisines')
    .query(Object.fromEntries(Object.entries({ range: [0, 999], ...params }).map(([key, value]) => [key, JSON.stringify(value)])));

/** The total of `Content-Range: saisines 0-24/<total>`. */
export const contentRangeTotal = (header: string | undefined) => Number(String(header).split('/')[1]);
