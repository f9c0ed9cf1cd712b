import type { Database, Transaction } from '../../db/database';

/** A referral's creation: its number, its administration, its row and its persons. */

/** The next number of `year`, taken under the year's row lock: never handed out twice. */
export async function nextSequence(db: Database, transaction: Transaction, year: number): Promise<number> {
  const [[row]] = await db.query<{ lastValue: number }>(
    `INSERT INTO saisine_sequences (year, last_value) VALUES (:year, 1)
     ON CONFLICT (year) DO UPDATE SET last_value = saisine_sequences.last_value + 1
     RETURNING last_value AS "lastValue"`,
    { replacements: { year }, transaction },
  );
  return row.lastValue;
}

export interface ChosenCourt {
  id: string;
  nom: string;
  type: string;
  adresse: string;
}

export async function findActiveCourt(db: Database, id: string, transaction?: Transaction): Promise<ChosenCourt | undefined> {
  const [rows] = await db.query<ChosenCourt>('SELECT id, nom, type, adresse FROM juridictions WHERE id = :id AND active', {
    replacements: { id },
    transaction,
  });
  return rows[0];
}

/** The sender's administration in the directory, added on its first referral; its id. */
export async function upsertAdministration(db: Database, transaction: Transaction, nom: string, kind: string): Promise<number> {
  const [[row]] = await db.query<{ id: number }>(
    `INSERT INTO administrations (nom, kind) VALUES (:nom, :kind)
     ON CONFLICT (kind, nom) DO UPDATE SET nom = EXCLUDED.nom RETURNING id`,
    { replacements: { nom, kind }, transaction },
  );
  return row.id;
}

/** The referral's row, as the submission recorded it (named as its placeholders). */
export interface NewSaisineRow {
  reference: string;
  kind: string;
  channel: string;
  urgent: boolean;
  urgencyReason: string;
  juridictionId: string;
  routing: string;
  routingReason: string;
  administrationId: number;
  administration: string;
  administrationKind: string;
  service: string;
  agentName: string;
  agentFunction: string;
  email: string;
  phone: string;
  narrative: string;
  startDate: string;
  endDate: string | null;
  communeInsee: string;
  address: string;
  knowledge: string;
  qualification: string;
  natinf: string;
  receivedAt: string;
  ackDeliveredAt: string | null;
  idempotencyKey: string | null;
  requestHash: string | null;
  createdBy: string | null;
}

export async function insertSaisine(db: Database, transaction: Transaction, values: NewSaisineRow): Promise<string> {
  const [[row]] = await db.query<{ id: string }>(
    `INSERT INTO saisines (reference, kind, channel, urgent, urgency_reason, juridiction_id, routing, routing_reason,
       administration_id, sender_administration, sender_administration_kind, sender_service, sender_agent_name,
       sender_agent_function, sender_email, sender_phone, facts_narrative, facts_start_date, facts_end_date,
       facts_commune_insee, facts_address, facts_knowledge, qualification, natinf, received_at, ack_delivered_at,
       idempotency_key, idempotency_request_hash, created_by)
     VALUES (:reference, :kind, :channel, :urgent, :urgencyReason, :juridictionId, :routing, :routingReason,
       :administrationId, :administration, :administrationKind, :service, :agentName, :agentFunction, :email, :phone,
       :narrative, :startDate, :endDate, :communeInsee, :address, :knowledge, :qualification, :natinf, :receivedAt,
       :ackDeliveredAt, :idempotencyKey, :requestHash, :createdBy)
     RETURNING id`,
    { replacements: { ...values }, transaction },
  );
  return row.id;
}

export interface NewPersonRow {
  role: string;
  type: string;
  lastName: string;
  firstName: string;
  birthDate: string | null;
  address: string;
  name: string;
  siret: string;
}

/** The persons of a referral, in the order given (`position`). */
export async function insertPersons(db: Database, transaction: Transaction, saisineId: string, persons: NewPersonRow[]): Promise<void> {
  for (const [position, person] of persons.entries()) {
    await db.query(
      `INSERT INTO saisine_personnes (saisine_id, position, role, type, last_name, first_name, birth_date, address, name, siret)
       VALUES (:saisineId, :position, :role, :type, :lastName, :firstName, :birthDate, :address, :name, :siret)`,
      { transaction, replacements: { ...person, saisineId, position } },
    );
  }
}

/** The referral an idempotency key already created, with the hash of the request that did. */
export async function findByIdempotencyKey(
  db: Database,
  transaction: Transaction,
  key: string,
): Promise<{ id: string; requestHash: string } | undefined> {
  const [rows] = await db.query<{ id: string; requestHash: string }>(
    'SELECT id, idempotency_request_hash AS "requestHash" FROM saisines WHERE idempotency_key = :key',
    { replacements: { key }, transaction },
  );
  return rows[0];
}
