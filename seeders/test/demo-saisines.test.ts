import type { Database } from '@info-parquet/api/src/db/database';
import { isValidSiret, parseReference, type SaisineStatus } from '@info-parquet/common';
import { createDatabase } from '../../api/src/db/database';
import { generateSaisines } from '../src';

jest.setTimeout(60_000);

const NOW = new Date('2026-11-28T12:00:00Z');

let db: Database;
beforeAll(() => {
  db = createDatabase(process.env.DATABASE_URL!);
});
afterAll(() => db.close());

async function select<T>(sql: string): Promise<T[]> {
  return (await db.query(sql))[0] as T[];
}

describe('generateSaisines', () => {
  beforeAll(async () => {
    const report = await generateSaisines(db, { count: 50, seed: 7, now: NOW, batchSize: 20 });
    expect(report.count).toBe(50);
  });

  test('creates the referrals with references unique and sequential per year, in order of reception', async () => {
    const rows = await select<{ reference: string; received_at: Date }>('SELECT reference, received_at FROM saisines ORDER BY received_at, reference');
    expect(rows).toHaveLength(50);
    const byYear = new Map<number, number[]>();
    for (const row of rows) {
      const parsed = parseReference(row.reference)!;
      expect(parsed).not.toBeNull();
      byYear.set(parsed.year, [...(byYear.get(parsed.year) ?? []), parsed.sequence]);
    }
    for (const sequences of byYear.values()) expect(sequences).toEqual(sequences.map((_, index) => index + 1));
    const counters = await select<{ year: number; last_value: number }>('SELECT year, last_value FROM saisine_sequences ORDER BY year');
    expect(counters).toEqual([...byYear].sort(([a], [b]) => a - b).map(([year, sequences]) => ({ year, last_value: sequences.length })));
    const [{ oldest }] = await select<{ oldest: Date }>('SELECT min(received_at) AS oldest FROM saisines');
    expect(NOW.getTime() - new Date(oldest).getTime()).toBeLessThanOrEqual(549 * 24 * 3600 * 1000);
  });

  test('every event chain verifies and every status is the last event’s', async () => {
    const broken = await select('SELECT s.reference FROM saisines s, LATERAL saisine_events_verify(s.id) v WHERE NOT v.ok');
    expect(broken).toEqual([]);
    const inconsistent = await select(`
      SELECT s.reference, s.status, last.to_status FROM saisines s
      JOIN LATERAL (SELECT to_status FROM saisine_events e WHERE e.saisine_id = s.id AND type IN ('creation', 'transition')
                    ORDER BY seq DESC LIMIT 1) last ON true
      WHERE last.to_status IS DISTINCT FROM s.status`);
    expect(inconsistent).toEqual([]);
    const firsts = await select<{ type: string; to_status: string }>('SELECT DISTINCT type, to_status FROM saisine_events WHERE seq = 1');
    expect(firsts).toEqual([{ type: 'creation', to_status: 'recue' }]);
    const future = await select(`SELECT id FROM saisine_events WHERE at > '${NOW.toISOString()}'`);
    expect(future).toEqual([]);
  });

  test('histories follow the workflow and milestones match the events', async () => {
    const transitions = await select<{ from_status: SaisineStatus; to_status: SaisineStatus }>(
      "SELECT DISTINCT from_status, to_status FROM saisine_events WHERE type = 'transition'",
    );
    const { findTransition } = await import('@info-parquet/common');
    for (const { from_status, to_status } of transitions) expect(findTransition(from_status, to_status)).toBeDefined();
    const milestones = await select(`
      SELECT s.reference FROM saisines s
      -- Registration is the step that gives the parquet number (a return from « complément demandé » keeps the date, as in the API).
      WHERE registered_at IS DISTINCT FROM (SELECT max(at) FROM saisine_events e WHERE e.saisine_id = s.id AND to_status = 'enregistree' AND e.payload ? 'numeroParquet')
         OR decided_at IS DISTINCT FROM (SELECT max(at) FROM saisine_events e WHERE e.saisine_id = s.id AND to_status = 'decidee')
         OR communicated_at IS DISTINCT FROM (SELECT max(at) FROM saisine_events e WHERE e.saisine_id = s.id AND to_status = 'cloturee')
         OR first_ack_at IS DISTINCT FROM (SELECT min(at) FROM saisine_events e
              WHERE e.saisine_id = s.id AND type IN ('transition', 'prise_en_compte') AND actor_type = 'user')
         OR first_ack_by IS DISTINCT FROM (SELECT actor_id FROM saisine_events e
              WHERE e.saisine_id = s.id AND type IN ('transition', 'prise_en_compte') AND actor_type = 'user' ORDER BY seq LIMIT 1)
         OR transferred_at IS DISTINCT FROM (SELECT min(at) FROM saisine_events e WHERE e.saisine_id = s.id AND to_status = 'transferee')
         OR transfer_destination_id IS DISTINCT FROM (SELECT payload->>'juridictionId' FROM saisine_events e
              WHERE e.saisine_id = s.id AND to_status = 'transferee' ORDER BY seq LIMIT 1)
         OR juridiction_initiale_id <> coalesce((SELECT payload->>'fromJuridictionId' FROM saisine_events e
              WHERE e.saisine_id = s.id AND to_status = 'transferee' ORDER BY seq LIMIT 1), juridiction_id)
         OR complement_requested_at IS DISTINCT FROM (SELECT min(at) FROM saisine_events e WHERE e.saisine_id = s.id AND to_status = 'complement_demande')
         OR urgence_escalations <> (SELECT count(*) FROM saisine_events e WHERE e.saisine_id = s.id AND type = 'escalade')
         OR ack_delivered_at < received_at
         OR (status IN ('enregistree', 'attribuee', 'decidee', 'cloturee') AND numero_parquet IS NULL)
         OR (status IN ('decidee', 'cloturee') AND decision IS NULL)
         OR (decision = 'classement') <> (classement_reason IS NOT NULL)`);
    expect(milestones).toEqual([]);
    const duplicates = await select(
      'SELECT juridiction_id, numero_parquet FROM saisines WHERE numero_parquet IS NOT NULL GROUP BY 1, 2 HAVING count(*) > 1',
    );
    expect(duplicates).toEqual([]);
  });

  test('urgent referrals have a reason; persons are plausible; each referral has a tracking link', async () => {
    expect(await select("SELECT id FROM saisines WHERE urgent AND urgency_reason = ''")).toEqual([]);
    const persons = await select<{ type: string; siret: string; last_name: string; name: string }>(
      'SELECT type, siret, last_name, name FROM saisine_personnes',
    );
    expect(persons.length).toBeGreaterThanOrEqual(50);
    for (const person of persons) {
      if (person.type === 'morale') expect(person.name).not.toBe('');
      else expect(person.last_name).not.toBe('');
      if (person.siret) expect(isValidSiret(person.siret)).toBe(true);
    }
    expect(await select('SELECT s.id FROM saisines s WHERE NOT EXISTS (SELECT 1 FROM suivi_tokens t WHERE t.saisine_id = s.id)')).toEqual([]);
    const [{ communes }] = await select<{ communes: number }>(
      'SELECT count(*)::int AS communes FROM saisines s LEFT JOIN communes c ON c.code_insee = s.facts_commune_insee WHERE c.code_insee IS NULL',
    );
    expect(communes).toBe(0);
    expect(await select('SELECT id FROM saisines WHERE administration_id IS NULL')).toEqual([]);
  });

  test('Blois and Paris get a large share, with their own users as actors', async () => {
    const [{ featured }] = await select<{ featured: number }>(
      "SELECT count(*)::int AS featured FROM saisines WHERE juridiction_id IN ('tj-blois', 'tj-paris')",
    );
    expect(featured).toBeGreaterThanOrEqual(5);
    const strangers = await select(`
      SELECT e.id FROM saisine_events e JOIN saisines s ON s.id = e.saisine_id JOIN users u ON u.id = e.actor_id
      WHERE e.type = 'transition' AND u.juridiction_id <> s.juridiction_id
        AND NOT EXISTS (SELECT 1 FROM saisine_events t WHERE t.saisine_id = s.id AND t.to_status = 'transferee')`);
    expect(strangers).toEqual([]);
  });

  test('a second run continues the references and the parquet numbers', async () => {
    const [{ before }] = await select<{ before: number }>('SELECT max(last_value)::int AS before FROM saisine_sequences WHERE year = 2026');
    await generateSaisines(db, { count: 10, seed: 8, now: NOW });
    const [{ total }] = await select<{ total: number }>('SELECT count(DISTINCT reference)::int AS total FROM saisines');
    expect(total).toBe(60);
    const [{ after }] = await select<{ after: number }>('SELECT max(last_value)::int AS after FROM saisine_sequences WHERE year = 2026');
    expect(after).toBeGreaterThan(before);
  });
});
