import { randomUUID } from 'node:crypto';
import type { Database } from '@info-parquet/api/src/db/database';
import { formatReference, parseReference, type SaisineStatus } from '@info-parquet/common';
import { createTrackingToken } from '@info-parquet/api/src/suivi/tracking-token';
import { bulkInsert } from '@info-parquet/api/src/db/bulk-insert';
import { AdministrationDirectory } from './demo/administration-directory';
import { DAY, parisYear } from './demo/clock';
import { loadDemoContext } from './demo/demo-context';
import { Identities, loadFrenchFaker } from './demo/identities';
import { NumeroParquetAllocator } from './demo/numero-parquet';
import { Random } from './demo/random';
import { receivedTimes } from './demo/received-times';
import { SaisineFactory, type SaisineDraft } from './demo/saisine-factory';
import {
  EVENT_COLUMNS,
  PERSON_COLUMNS,
  SAISINE_COLUMNS,
  SUIVI_TOKEN_COLUMNS,
  eventRows,
  personRows,
  saisineRow,
  suiviTokenRow,
} from './demo/saisine-rows';

export interface GenerateSaisinesOptions {
  count: number;
  /** Same seed, same referrals (names, places, histories); ids and tracking tokens stay random. */
  seed?: number;
  /** The end of the period; histories stop before it. */
  now?: Date;
  /** How many days back referrals are received (18 months by default; the indicators' bench asks for ten years). */
  periodDays?: number;
  batchSize?: number;
  /** Courts with a large share (`[id, share]`): Blois and Paris by default, `[]` for every court in proportion to its size. */
  featuredCourts?: ReadonlyArray<readonly [string, number]>;
  /** A court that stopped registering `days` ago (the benches' pessimistic case). */
  backlog?: { juridictionId: string; days: number };
  /** Batches inserted at the same time (default 2). */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface GenerateSaisinesReport {
  count: number;
  events: number;
  persons: number;
  urgent: number;
  byStatus: Record<SaisineStatus, number>;
  /** First and last reference allocated, per year. */
  references: Record<number, { first: string; last: string }>;
  durationMs: number;
}

export const DEFAULT_SEED = 20261128;

/**
 * Reserves a block of references per year under the counter row's lock (as allocateReference
 * does one at a time) and hands them out in order of reception: sequential, chronological
 * within a run, and saisine_sequences stays consistent with the API. Its own short transaction,
 * so that batches can then be inserted in parallel (a failed batch leaves a gap, never a duplicate).
 */
async function allocateReferences(db: Database, drafts: SaisineDraft[]): Promise<string[]> {
  const years = drafts.map((draft) => parisYear(draft.receivedAt));
  const counts = new Map<number, number>();
  for (const year of years) counts.set(year, (counts.get(year) ?? 0) + 1);
  const next = new Map<number, number>();
  await db.transaction(async (transaction) => {
    for (const [year, count] of [...counts].sort(([a], [b]) => a - b)) {
      const [rows] = await db.query(
        `INSERT INTO saisine_sequences (year, last_value) VALUES (:year, :count)
         ON CONFLICT (year) DO UPDATE SET last_value = saisine_sequences.last_value + :count
         RETURNING last_value`,
        { replacements: { year, count }, transaction },
      );
      next.set(year, (rows as Array<{ last_value: number }>)[0].last_value - count + 1);
    }
  });
  return years.map((year) => {
    const sequence = next.get(year)!;
    next.set(year, sequence + 1);
    return formatReference(year, sequence);
  });
}

/** One batch in one transaction: persons, referrals, tracking links, then the events' chains. */
async function insertBatch(db: Database, drafts: SaisineDraft[], references: string[]): Promise<void> {
  await db.transaction(async (transaction) => {
    // History, not news: no live event for the back-office's open screens (migration 0018).
    await db.query("SET LOCAL info_parquet.live_events = 'off'", { transaction });
    // Persons first, their link checked at commit (migration 0029): each referral's search
    // document is then computed once, when the referral is inserted with its persons in place.
    await db.query('SET CONSTRAINTS saisine_personnes_saisine_id_fkey DEFERRED', { transaction });
    await bulkInsert(db, 'saisine_personnes', PERSON_COLUMNS, drafts.flatMap(personRows), { transaction, batchSize: 5000 });
    const saisines = drafts.map((draft, index) => saisineRow(draft, references[index]));
    await bulkInsert(db, 'saisines', SAISINE_COLUMNS, saisines, { transaction });
    const tokens = drafts.map((draft) => suiviTokenRow(draft, createTrackingToken().hash));
    await bulkInsert(db, 'suivi_tokens', SUIVI_TOKEN_COLUMNS, tokens, { transaction });
    const events = drafts.flatMap((draft, index) => eventRows(draft, references[index]));
    await bulkInsert(db, 'saisine_events', EVENT_COLUMNS, events, { transaction, batchSize: 5000 });
  });
}

function tally(report: GenerateSaisinesReport, drafts: SaisineDraft[], references: string[]): void {
  for (const [index, draft] of drafts.entries()) {
    const year = parisYear(draft.receivedAt);
    // Batches may finish out of order: keep the lowest and highest sequence of each year.
    const range = (report.references[year] ??= { first: references[index], last: references[index] });
    const sequence = parseReference(references[index])!.sequence;
    if (sequence < parseReference(range.first)!.sequence) range.first = references[index];
    if (sequence > parseReference(range.last)!.sequence) range.last = references[index];
    report.byStatus[draft.timeline.status] += 1;
    report.events += draft.timeline.events.length;
    report.persons += draft.persons.length;
    if (draft.urgent) report.urgent += 1;
  }
}

/**
 * Generates realistic demo referrals with consistent histories: demo/timeline.ts tells how a
 * referral lives, demo/profiles-*.ts what each kind of administration reports. Needs the
 * reference data and, for named actors, the demo accounts (else actors are "Greffe"/"Parquet").
 */
export async function generateSaisines(db: Database, options: GenerateSaisinesOptions): Promise<GenerateSaisinesReport> {
  const started = Date.now();
  const seed = options.seed ?? DEFAULT_SEED;
  const now = (options.now ?? new Date()).getTime();
  const batchSize = options.batchSize ?? 500;
  const random = new Random(seed);
  const identities = new Identities(random, await loadFrenchFaker(), seed);
  const context = await loadDemoContext(db);
  const directory = await AdministrationDirectory.load(db, context);
  const numeros = await NumeroParquetAllocator.load(db);
  const factory = new SaisineFactory({
    context,
    directory,
    random,
    identities,
    now,
    numeroParquet: (juridictionId, time) => numeros.next(juridictionId, time),
    newId: randomUUID,
    featuredCourts: options.featuredCourts,
    backlog: options.backlog && { juridictionId: options.backlog.juridictionId, since: now - options.backlog.days * DAY },
  });

  const report: GenerateSaisinesReport = {
    count: 0,
    events: 0,
    persons: 0,
    urgent: 0,
    byStatus: { recue: 0, enregistree: 0, attribuee: 0, complement_demande: 0, transferee: 0, decidee: 0, cloturee: 0 },
    references: {},
    durationMs: 0,
  };
  const times = receivedTimes(random, options.count, now, options.periodDays);
  // Two batches in flight: PostgreSQL works on one while the next is generated or inserted.
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const pending: Array<Promise<void>> = [];
  let failure: unknown = null;
  for (let start = 0; start < times.length && failure === null; start += batchSize) {
    const drafts = times.slice(start, start + batchSize).map((time) => factory.create(time));
    const references = await allocateReferences(db, drafts);
    await db.transaction((transaction) => directory.resolve(db, transaction, drafts.map((draft) => draft.administration)));
    pending.push(
      insertBatch(db, drafts, references).then(
        () => {
          tally(report, drafts, references);
          report.count += drafts.length;
          options.onProgress?.(report.count, times.length);
        },
        (error: unknown) => {
          failure ??= error;
        },
      ),
    );
    if (pending.length >= concurrency) await pending.shift();
  }
  await Promise.all(pending);
  if (failure !== null) throw failure;
  report.durationMs = Date.now() - started;
  return report;
}
