import request from 'supertest';
import { CLASSEMENT_RECOURS_MENTION } from '@info-parquet/common';
import { validSubmission } from './support/fixtures';
import { createTestContext, signIn, type TestContext } from './support/test-app';
import { mustTransition, type Session } from './support/workflow';

let ctx: TestContext;
let greffier: Session;
let magistrat: Session;
let magistratId: string;

beforeAll(async () => {
  ctx = createTestContext();
  [greffier, magistrat] = await Promise.all([
    signIn(ctx.app, 'greffier.blois@justice.test'),
    signIn(ctx.app, 'magistrat.blois@justice.test'),
  ]);
  magistratId = magistrat.user.id;
});
afterAll(() => ctx.close());

/** A new referral of TJ Blois, registered and assigned: its id and the API path of its tracking link. */
async function assignedSaisine(numeroParquet: string) {
  const response = await request(ctx.app).post('/api/public/saisines').send(validSubmission());
  expect(response.status).toBe(201);
  const id = response.body.id as string;
  const suiviPath = new URL(response.body.trackingUrl as string).pathname.replace('/suivi/', '/api/public/suivi/');
  await mustTransition(greffier, id, { to: 'enregistree', numeroParquet });
  await mustTransition(greffier, id, { to: 'attribuee', assigneeId: magistratId });
  return { id, suiviPath };
}

describe('the tracking link tells the decision (art. 40-2) and the right to appeal a classement (art. 40-3)', () => {
  test('before the decision: the parquet number, no decision', async () => {
    const { suiviPath } = await assignedSaisine('26/301/1');
    const suivi = await request(ctx.app).get(suiviPath);
    expect(suivi.status).toBe(200);
    expect(suivi.body).toMatchObject({
      status: 'attribuee',
      numeroParquet: '26/301/1',
      decision: null,
      decisionLabel: null,
      decisionDetail: null,
      classementReason: null,
      classementReasonLabel: null,
      appealMention: null,
    });
  });

  test('a classement: its family, its reason and the appeal mention, nothing internal', async () => {
    const { id, suiviPath } = await assignedSaisine('26/301/2');
    await mustTransition(magistrat, id, { to: 'decidee', decision: 'classement', classementReason: 'auteur_inconnu' });
    const suivi = await request(ctx.app).get(suiviPath);
    expect(suivi.body).toMatchObject({
      status: 'decidee',
      decision: 'classement',
      decisionLabel: 'Classement sans suite',
      classementReason: 'auteur_inconnu',
      classementReasonLabel: 'Auteur inconnu',
      appealMention: CLASSEMENT_RECOURS_MENTION,
    });
    expect(suivi.body.appealMention).toMatch(/procureur général.*article 40-3/);
    for (const hidden of ['persons', 'assigneeId', 'assignee', 'notes', 'internalNote', 'sender', 'facts']) {
      expect(suivi.body).not.toHaveProperty(hidden);
    }
  });

  test('an alternative: its family and its measure, no appeal mention', async () => {
    const { id, suiviPath } = await assignedSaisine('26/301/3');
    await mustTransition(magistrat, id, { to: 'decidee', decision: 'alternative', decisionDetail: 'Rappel à la loi' });
    const suivi = await request(ctx.app).get(suiviPath);
    expect(suivi.body).toMatchObject({
      decision: 'alternative',
      decisionLabel: 'Alternative aux poursuites',
      decisionDetail: 'Rappel à la loi',
      classementReason: null,
      appealMention: null,
    });
  });
});
