import request from 'supertest';
import { createTestContext, signIn, type TestContext } from './support/test-app';
import type { IndicatorsResponse } from '@info-parquet/common';
import type { Session } from './support/workflow';

/**
 * Every indicator on a hand-built dataset whose expected values are worked out here, by hand.
 *
 * The period is 2026-03-02 (Monday) to 2026-03-15 (Sunday), Paris time (UTC+1 in March): the
 * previous period of the same length is 2026-02-16 to 2026-03-01. Received at 10:00 Paris
 * (09:00 UTC) unless said otherwise.
 */

let ctx: TestContext;
let greffierBlois: Session;
let greffierParis: Session;
let analyste: Session;
let admin: Session;

const HOUR = 3_600_000;
const MINUTE = 60_000;
const DAY = 24 * HOUR;
const PERIOD = { from: '2026-03-02', to: '2026-03-15' };

interface Row {
  ref: string;
  receivedAt: string;
  court?: string;
  initialCourt?: string;
  kind?: string;
  channel?: string;
  admin?: string;
  adminKind?: string;
  urgent?: boolean;
  ackAfter?: number;
  registeredAfter?: number;
  firstAckAfter?: number;
  decidedAfter?: number;
  decision?: 'poursuites' | 'alternative' | 'classement';
  communicatedAfterDecision?: number;
  complement?: boolean;
  transferredAfter?: number;
  views?: number;
}

/** Names, e-mails and narratives put in the dataset: none may ever appear in an aggregate answer. */
const PERSONAL = { agent: 'Apolline Verdier-Personnelle', email: 'apolline.verdier@dgfip.test', narrative: 'Récit confidentiel numéro 4242' };

const ROWS: Row[] = [
  // Blois, week 1 (2–8 March).
  { ref: 'B1', receivedAt: '2026-03-02T09:00:00Z', kind: 'proces_verbal', admin: 'DDFiP 41', adminKind: 'dgfip', ackAfter: MINUTE, registeredAfter: HOUR, decidedAfter: 10 * DAY, decision: 'poursuites', communicatedAfterDecision: DAY, views: 3 },
  { ref: 'B2', receivedAt: '2026-03-03T09:00:00Z', admin: 'DDFiP 41', adminKind: 'dgfip', ackAfter: MINUTE, registeredAfter: 2 * HOUR, decidedAfter: 20 * DAY, decision: 'classement' },
  { ref: 'B3', receivedAt: '2026-03-04T09:00:00Z', channel: 'papier', admin: 'ddfip 41', adminKind: 'dgfip', ackAfter: 10 * MINUTE, registeredAfter: 3 * HOUR, complement: true, views: 1 },
  // Blois, week 2 (9–15 March): three urgent ones, taken into account within the 120-minute target, late, not yet.
  { ref: 'B4', receivedAt: '2026-03-09T09:00:00Z', channel: 'api', urgent: true, ackAfter: MINUTE, registeredAfter: 4 * HOUR, firstAckAfter: 30 * MINUTE },
  { ref: 'B5', receivedAt: '2026-03-10T09:00:00Z', channel: 'courriel', urgent: true, ackAfter: MINUTE, registeredAfter: 10 * HOUR, firstAckAfter: 3 * HOUR, views: 2 },
  { ref: 'B6', receivedAt: '2026-03-11T09:00:00Z', urgent: true, ackAfter: MINUTE },
  // First sent to Blois, transferred to Paris the next day.
  { ref: 'B7', receivedAt: '2026-03-12T09:00:00Z', court: 'tj-paris', initialCourt: 'tj-blois', ackAfter: MINUTE, transferredAfter: DAY, registeredAfter: 2 * DAY },
  // Sunday 15 March, 23:30 in Paris: inside the period.
  { ref: 'B8', receivedAt: '2026-03-15T22:30:00Z', ackAfter: MINUTE },
  // Monday 16 March, 00:30 in Paris: outside.
  { ref: 'B9', receivedAt: '2026-03-15T23:30:00Z', ackAfter: MINUTE },
  // Sunday 1 March, 23:30 in Paris: the previous period.
  { ref: 'B10', receivedAt: '2026-03-01T22:30:00Z', ackAfter: MINUTE },
  // Paris.
  { ref: 'P1', receivedAt: '2026-03-05T09:00:00Z', court: 'tj-paris', admin: 'Préfecture de police', adminKind: 'prefecture', ackAfter: MINUTE, registeredAfter: HOUR },
  { ref: 'P2', receivedAt: '2026-03-06T09:00:00Z', court: 'tj-paris', admin: 'Préfecture de police', adminKind: 'prefecture', ackAfter: MINUTE },
];

const at = (start: string, after: number | undefined) => (after === undefined ? null : new Date(Date.parse(start) + after).toISOString());

async function insertDataset() {
  for (const [index, row] of ROWS.entries()) {
    const court = row.court ?? 'tj-blois';
    const decidedAt = at(row.receivedAt, row.decidedAfter);
    await ctx.db.query(
      `INSERT INTO saisines (reference, kind, channel, status, urgent, urgency_reason, juridiction_id, juridiction_initiale_id, routing,
         sender_administration, sender_administration_kind, sender_agent_name, sender_agent_function, sender_email,
         facts_narrative, facts_start_date, facts_commune_insee, facts_knowledge,
         received_at, ack_delivered_at, registered_at, first_ack_at, decided_at, decision, classement_reason, communicated_at,
         complement_requested_at, transferred_at, transfer_destination_id, tracking_views)
       VALUES (:reference, :kind, :channel, 'recue', :urgent, :urgencyReason, :court, :initialCourt, 'certain',
         :admin, :adminKind, :agent, 'Inspectrice', :email, :narrative, '2026-01-01', '41018', 'Contrôle',
         :receivedAt, :ackAt, :registeredAt, :firstAckAt, :decidedAt, :decision, :classementReason, :communicatedAt,
         :complementAt, :transferredAt, :transferDestination, :views)`,
      {
        replacements: {
          reference: `IP-2026-9${String(index).padStart(5, '0')}`,
          kind: row.kind ?? 'signalement_article_40',
          channel: row.channel ?? 'formulaire',
          urgent: row.urgent ?? false,
          urgencyReason: row.urgent ? 'Personne en danger' : '',
          court,
          initialCourt: row.initialCourt ?? court,
          admin: row.admin ?? 'URSSAF Centre',
          adminKind: row.adminKind ?? 'securite_sociale',
          agent: PERSONAL.agent,
          email: PERSONAL.email,
          narrative: PERSONAL.narrative,
          receivedAt: row.receivedAt,
          ackAt: at(row.receivedAt, row.ackAfter),
          registeredAt: at(row.receivedAt, row.registeredAfter),
          // A registration takes the referral into account too.
          firstAckAt: at(row.receivedAt, row.firstAckAfter ?? row.transferredAfter ?? row.registeredAfter),
          decidedAt,
          decision: row.decision ?? null,
          classementReason: row.decision === 'classement' ? 'infraction_insuffisamment_caracterisee' : null,
          communicatedAt: decidedAt && row.communicatedAfterDecision ? at(decidedAt, row.communicatedAfterDecision) : null,
          complementAt: row.complement ? at(row.receivedAt, 2 * HOUR) : null,
          transferredAt: at(row.receivedAt, row.transferredAfter),
          transferDestination: row.transferredAfter ? court : null,
          views: row.views ?? 0,
        },
      },
    );
  }
}

beforeAll(async () => {
  ctx = createTestContext();
  await ctx.db.query("UPDATE juridictions SET urgence_delai_minutes = 120 WHERE id = 'tj-blois'");
  await insertDataset();
  [greffierBlois, greffierParis, analyste, admin] = await Promise.all([
    signIn(ctx.app, 'greffier.blois@justice.test'),
    signIn(ctx.app, 'greffier.paris@justice.test'),
    signIn(ctx.app, 'analyste@justice.test'),
    signIn(ctx.app, 'admin@justice.test'),
  ]);
});
afterAll(() => ctx.close());

const get = (session: Session, query: Record<string, string> = {}) => session.agent.get('/api/indicators').query({ ...PERIOD, ...query });

describe('a court’s own figures (clerk of Blois): nothing masked', () => {
  let body: IndicatorsResponse & { national: IndicatorsResponse['current'] };
  beforeAll(async () => {
    const response = await get(greffierBlois);
    expect(response.status).toBe(200);
    body = response.body;
  });

  test('scope, period, previous period', () => {
    expect(body.scope).toBe('juridiction');
    expect(body.query).toMatchObject({ ...PERIOD, juridictionId: 'tj-blois', granularity: 'week' });
    expect(body.period).toEqual(PERIOD);
    expect(body.previousPeriod).toEqual({ from: '2026-02-16', to: '2026-03-01' });
    expect(body.ranking).toBeUndefined();
  });

  test('the cohort: B1–B6 and B8 are held by Blois (B7 left, B9 is 16 March in Paris, B10 is 1 March)', () => {
    expect(body.current.received).toBe(7);
    expect(body.previous.received).toBe(1);
  });

  test('time to registration: 1, 2, 3, 4 and 10 hours → median 3 h, p90 = 4 h + 0.6 × 6 h = 7.6 h', () => {
    expect(body.current.timeToRegistration).toEqual({ medianSeconds: 3 * 3600, p90Seconds: 7.6 * 3600, count: 5 });
  });

  test('automatic acknowledgement: all but B3 (10 minutes) within 5 minutes → 6 / 7', () => {
    expect(body.current.automaticAcknowledgement).toEqual({ value: 6 / 7, numerator: 6, denominator: 7 });
  });

  test('urgent visibility: B4 in 30 min (within 120), B5 in 3 h (late), B6 not yet → 1 / 3; median of 30 and 180 min', () => {
    expect(body.current.urgentVisibility.withinTarget).toEqual({ value: 1 / 3, numerator: 1, denominator: 3 });
    // p90 = 30 + 0.9 × 150 = 165 minutes.
    expect(body.current.urgentVisibility.timeToTakeIntoAccount).toEqual({ medianSeconds: 105 * 60, p90Seconds: 165 * 60, count: 2 });
  });

  test('decision feedback: B1 communicated a day after its decision, B2 not → 1 / 2', () => {
    expect(body.current.decisionFeedback.communicated).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
    expect(body.current.decisionFeedback.delay).toEqual({ medianSeconds: 86_400, p90Seconds: 86_400, count: 1 });
  });

  test('time to decision per family: 10 days (poursuites), 20 days (classement); all: median 15 d, p90 19 d', () => {
    const t = body.current.timeToDecision;
    expect(t.poursuites).toEqual({ medianSeconds: 10 * 86_400, p90Seconds: 10 * 86_400, count: 1 });
    expect(t.classement).toEqual({ medianSeconds: 20 * 86_400, p90Seconds: 20 * 86_400, count: 1 });
    expect(t.alternative).toEqual({ medianSeconds: null, p90Seconds: null, count: 0 });
    expect(t.all).toEqual({ medianSeconds: 15 * 86_400, p90Seconds: 19 * 86_400, count: 2 });
  });

  test('first-time completeness: B3 was asked for more → 6 / 7', () => {
    expect(body.current.firstTimeCompleteness).toEqual({ value: 6 / 7, numerator: 6, denominator: 7 });
  });

  test('misrouting, over what was first sent to Blois (B1–B8): B7 went to Paris → 1 / 8', () => {
    expect(body.current.misrouting.transferred).toEqual({ value: 1 / 8, numerator: 1, denominator: 8 });
    expect(body.current.misrouting.destinations).toEqual([{ juridictionId: 'tj-paris', juridictionNom: expect.stringMatching(/Paris/), count: 1 }]);
  });

  test('self-service follow-up: B1, B3, B5 opened their link (3 + 1 + 2 views) → 3 / 7 and 6 / 7 per referral', () => {
    expect(body.current.selfServiceFollowUp.opened).toEqual({ value: 3 / 7, numerator: 3, denominator: 7 });
    expect(body.current.selfServiceFollowUp.consultationsPerSaisine).toBeCloseTo(6 / 7, 10);
  });

  test('adoption: channels, paper share 2 / 7, two administrations (names compared without case), one court', () => {
    expect(body.current.adoption.byChannel).toEqual({ formulaire: 4, api: 1, papier: 1, courriel: 1 });
    expect(body.current.adoption.enteredFromPaper).toEqual({ value: 2 / 7, numerator: 2, denominator: 7 });
    expect(body.current.adoption.activeAdministrations).toBe(2);
    expect(body.current.adoption.activeJuridictions).toBe(1);
  });

  test('weekly cohorts by week of receipt', () => {
    const [first, second] = body.series.points;
    expect(body.series.points).toHaveLength(2);
    expect(first).toMatchObject({ start: '2026-03-02', received: 3, decided: 2, communicatedShare: 0.5, firstTimeCompletenessShare: 2 / 3, transferredShare: 0 });
    expect(first.timeToRegistrationMedianSeconds).toBe(2 * 3600);
    // Week 2: B4, B5, B6, B8 held; B7 first sent here and transferred → 1 / 5.
    expect(second).toMatchObject({ start: '2026-03-09', received: 4, urgentWithinTargetShare: 1 / 3, transferredShare: 1 / 5, decided: 0, communicatedShare: null });
    expect(second.byChannel).toEqual({ formulaire: 2, api: 1, papier: 0, courriel: 1 });
  });

  test('monthly steps start on the first of the month', async () => {
    const response = await get(greffierBlois, { granularity: 'month' });
    expect(response.body.series.points.map((point: { start: string }) => point.start)).toEqual(['2026-03-01']);
    expect(response.body.series.points[0].received).toBe(7);
  });

  test('distributions: registration delays fall in [1 h, 4 h) ×3 (1, 2, 3 h) and [4 h, 1 d) ×2 (4, 10 h)', () => {
    expect(body.distributions.timeToRegistration.edgesSeconds).toEqual([0, 3600, 14_400, 86_400, 172_800, 604_800, 2_592_000]);
    expect(body.distributions.timeToRegistration.bins).toEqual([0, 3, 2, 0, 0, 0, 0]);
    expect(body.distributions.urgentTimeToTakeIntoAccount.bins).toEqual([0, 1, 0, 1, 0, 0]);
  });

  test('the national figures beside, masked: 10 referrals received in the period, every court', () => {
    expect(body.national.received).toBe(10);
    expect(body.national.adoption.activeJuridictions).toBe('<5');
    expect(body.national.misrouting.transferred).toEqual({ value: null, numerator: '<5', denominator: 10 });
    expect(body.national.urgentVisibility.withinTarget).toEqual({ value: null, numerator: '<5', denominator: '<5' });
  });

  test('filters: kind, administration kind', async () => {
    expect((await get(greffierBlois, { kind: 'proces_verbal' })).body.current.received).toBe(1);
    expect((await get(greffierBlois, { administrationKind: 'dgfip' })).body.current.received).toBe(3);
  });
});

describe('national readers: everything outside the court is masked « < 5 »', () => {
  test('the analyst sees Blois from outside: small counts hidden, shares and delays over them not shown', async () => {
    const response = await get(analyste, { juridictionId: 'tj-blois' });
    expect(response.status).toBe(200);
    const { current, previous, scope } = response.body;
    expect(scope).toBe('national');
    expect(current.received).toBe(7);
    expect(previous.received).toBe('<5');
    expect(current.timeToRegistration).toEqual({ medianSeconds: 3 * 3600, p90Seconds: 7.6 * 3600, count: 5 });
    expect(current.urgentVisibility.withinTarget).toEqual({ value: null, numerator: '<5', denominator: '<5' });
    expect(current.urgentVisibility.timeToTakeIntoAccount).toEqual({ medianSeconds: null, p90Seconds: null, count: '<5' });
    expect(current.decisionFeedback.communicated.value).toBeNull();
    expect(current.automaticAcknowledgement).toEqual({ value: 6 / 7, numerator: 6, denominator: 7 });
    expect(current.adoption.byChannel).toEqual({ formulaire: '<5', api: '<5', papier: '<5', courriel: '<5' });
    expect(response.body.national).toBeUndefined();
  });

  test('national figures and the ranking of courts', async () => {
    const response = await get(admin);
    expect(response.status).toBe(200);
    expect(response.body.current.received).toBe(10);
    const ranking = response.body.ranking as Array<Record<string, unknown>>;
    expect(ranking.map((row) => row.juridictionId)).toEqual(['tj-blois', 'tj-paris']);
    expect(ranking[0]).toEqual({
      juridictionId: 'tj-blois',
      juridictionNom: expect.any(String),
      received: 7,
      timeToRegistrationMedianSeconds: 3 * 3600,
      urgentWithinTargetShare: null,
      communicatedShare: null,
      transferredShare: null,
    });
    expect(ranking[1]).toMatchObject({ juridictionId: 'tj-paris', received: '<5', timeToRegistrationMedianSeconds: null });
  });

  test('an empty period: zeros, no share, no delay, every step present', async () => {
    const response = await get(analyste, { from: '2025-01-06', to: '2025-01-19' });
    expect(response.status).toBe(200);
    const { current, series } = response.body;
    expect(current.received).toBe(0);
    expect(current.timeToRegistration).toEqual({ medianSeconds: null, p90Seconds: null, count: 0 });
    expect(current.automaticAcknowledgement).toEqual({ value: null, numerator: 0, denominator: 0 });
    expect(current.selfServiceFollowUp.consultationsPerSaisine).toBeNull();
    expect(series.points.map((point: { start: string; received: number }) => [point.start, point.received])).toEqual([
      ['2025-01-06', 0],
      ['2025-01-13', 0],
    ]);
    expect(response.body.ranking).toEqual([]);
  });
});

describe('who sees what', () => {
  test('a court user cannot get another court’s detailed figures', async () => {
    const response = await get(greffierBlois, { juridictionId: 'tj-paris' });
    expect(response.status).toBe(403);
    expect(response.body.message).toMatch(/votre juridiction/);
    const paris = await get(greffierParis);
    expect(paris.body).toMatchObject({ scope: 'juridiction', query: { juridictionId: 'tj-paris' } });
    expect(paris.body.current.received).toBe(3);
  });

  test('anonymous: 401', async () => {
    expect((await request(ctx.app).get('/api/indicators')).status).toBe(401);
  });

  test('no personal field in the analyst’s, the court’s or the public answer', async () => {
    const answers = [
      (await get(analyste)).body,
      (await get(analyste, { juridictionId: 'tj-blois' })).body,
      (await get(greffierBlois)).body,
      (await request(ctx.app).get('/api/public/statistiques').query(PERIOD)).body,
    ];
    const personalColumns = ['senderAgentName', 'senderEmail', 'senderPhone', 'senderAgentFunction', 'factsNarrative', 'factsAddress', 'lastName', 'firstName', 'birthDate', 'name', 'siret', 'reference', 'numeroParquet', 'assigneeName', 'email'];
    const keys = new Set<string>();
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          keys.add(key);
          walk(inner);
        }
      }
    };
    for (const answer of answers) {
      walk(answer);
      const text = JSON.stringify(answer);
      for (const personal of Object.values(PERSONAL)) expect(text).not.toContain(personal);
      expect(text).not.toMatch(/IP-2026-9/);
    }
    for (const column of personalColumns) expect(keys).not.toContain(column);
  });
});

describe('bad filters: a clear 400 in French, per field', () => {
  test.each([
    [{ from: '2026-02-30' }, 'from'],
    [{ to: '' , from: 'hier' }, 'from'],
    [{ from: '2026-03-15', to: '2026-03-01' }, 'to'],
    [{ from: '2020-01-01', to: '2026-03-01' }, 'to'],
    [{ granularity: 'day' }, 'granularity'],
    [{ kind: 'inconnu' }, 'kind'],
    [{ administrationKind: 'x' }, 'administrationKind'],
    [{ administrationId: '-3' }, 'administrationId'],
    [{ juridictionId: "tj'; DROP TABLE saisines" }, 'juridictionId'],
    [{ secret: '1' }, 'secret'],
  ])('%j', async (query, field) => {
    const response = await analyste.agent.get('/api/indicators').query(query);
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/filtres des indicateurs/);
    expect(response.body.errors[field]).toMatch(/[a-zé]/);
  });

  test('a repeated filter is refused', async () => {
    const response = await analyste.agent.get('/api/indicators?kind=plainte&kind=autre');
    expect(response.status).toBe(400);
    expect(response.body.errors.kind).toBe('Une seule valeur est attendue.');
  });
});

describe('the public statistics', () => {
  test('no sign-in, national aggregates masked, no ranking, cached', async () => {
    const first = await request(ctx.app).get('/api/public/statistiques').query(PERIOD);
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toMatch(/public, max-age=\d+/);
    expect(first.body.scope).toBe('national');
    expect(first.body.current.received).toBe(10);
    expect(first.body.current.adoption.byChannel.api).toBe('<5');
    expect(first.body.ranking).toBeUndefined();
    const second = await request(ctx.app).get('/api/public/statistiques').query(PERIOD);
    expect(second.body.generatedAt).toBe(first.body.generatedAt);
  });

  test('a court or an administration cannot be asked for', async () => {
    const court = await request(ctx.app).get('/api/public/statistiques').query({ juridictionId: 'tj-blois' });
    expect(court.status).toBe(400);
    expect(court.body.errors.juridictionId).toBe('Filtre inconnu.');
    expect((await request(ctx.app).get('/api/public/statistiques').query({ administrationId: '1' })).status).toBe(400);
  });
});
