import { createHash } from 'node:crypto';
import { databaseErrorCode, UNIQUE_VIOLATION, type Database } from '../../db/database';
import type { Channel, SaisineInput, SaisineReceipt } from '@info-parquet/common';
import { AppError } from '../../http/app-error';
import { allocateReference, referenceYear } from './reference-allocator';
import { createTrackingToken } from '../../suivi/tracking-token';
import { appendEvent, type EventActor } from '../events-repository';
import { resolveCourt } from './resolve-court';
import { validateSubmission } from './validate-submission';
import { loadAccuseReception, pdfUrlFor, trackingUrlFor, type AccuseReception } from '../accuse-reception/data';
import { renderAccuseReceptionPdf } from '../accuse-reception/pdf';
import { enqueueSubmissionMails } from '../../mail/saisine-mails';
import { attachUploads } from '../attachments/attach';
import { insertTrackingToken } from '../../suivi/suivi-repository';
import { findByIdempotencyKey, insertPersons, insertSaisine, upsertAdministration, type NewPersonRow } from './submission-repository';

export interface SubmissionContext {
  db: Database;
  publicUrl: string;
}

/** The acknowledgement the sender gets at once (its shape: common's public contract). */
export type SubmissionReceipt = SaisineReceipt;

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,200}$/;

function requestHash(input: SaisineInput): string {
  return createHash('sha256').update(JSON.stringify(input)).digest('hex');
}

const personRows = (input: SaisineInput): NewPersonRow[] =>
  input.persons.map((person) => ({
    role: person.role,
    type: person.type,
    lastName: person.type === 'physique' ? person.lastName : '',
    firstName: person.type === 'physique' ? person.firstName : '',
    birthDate: person.type === 'physique' ? (person.birthDate ?? null) : null,
    address: person.address,
    name: person.type === 'morale' ? person.name : '',
    siret: person.type === 'morale' ? person.siret.replace(/\s/g, '') : '',
  }));

function receipt(ar: AccuseReception): SubmissionReceipt {
  const receivedAt = ar.receivedAt.toISOString();
  const { id, nom, type, adresse } = ar.juridiction;
  return {
    id: ar.saisineId,
    reference: ar.reference,
    receivedAt,
    juridiction: { id, nom, type, adresse },
    trackingUrl: ar.trackingUrl,
    acknowledgement: {
      reference: ar.reference,
      receivedAt,
      juridiction: nom,
      message: `Votre saisine ${ar.reference} a bien été reçue par le parquet du ${nom}.`,
      pdfUrl: ar.pdfUrl,
      piecesJointes: ar.piecesJointes,
    },
  };
}

const urlsFor = (context: SubmissionContext, token: string) => ({
  trackingUrl: trackingUrlFor(context.publicUrl, token),
  pdfUrl: pdfUrlFor(context.publicUrl, token),
});

/** A replay of an already accepted submission: the same referral, with a fresh tracking link. */
async function replay(context: SubmissionContext, key: string, hash: string): Promise<SubmissionReceipt | null> {
  const { db } = context;
  return db.transaction(async (t) => {
    const row = await findByIdempotencyKey(db, t, key);
    if (!row) return null;
    if (row.requestHash !== hash) {
      throw AppError.conflict('Cette clé d’idempotence a déjà servi pour une autre saisine.');
    }
    const { token, hash: tokenHash } = createTrackingToken();
    await insertTrackingToken(db, t, row.id, tokenHash);
    return receipt(await loadAccuseReception(db, row.id, urlsFor(context, token), t));
  });
}

export interface SubmissionOptions {
  idempotencyKey?: string;
  channel?: Channel;
  /** A referral received outside Info Parquet and entered by a clerk (back-office). */
  entry?: {
    receivedAt: Date;
    userId: string;
    /** Who entered it, as the chain shows them. */
    actor: EventActor;
    /** The creation event's "why", e.g. "Saisie par … (courrier papier)". */
    reason: string;
  };
}

/**
 * Receives a referral: validates it with the shared schema, routes it, numbers it and records
 * it with its persons, attachments, tracking token and first event, all in one transaction.
 * The same `Idempotency-Key` never creates two referrals, even under concurrent retries.
 */
export async function submitSaisine(
  context: SubmissionContext,
  body: unknown,
  options: SubmissionOptions = {},
): Promise<{ created: boolean; receipt: SubmissionReceipt }> {
  return recordSaisine(context, await validateSubmission(body), options);
}

/** The same, for an input already validated (by the public schema or the clerk's entry schema). */
export async function recordSaisine(
  context: SubmissionContext,
  input: SaisineInput,
  options: SubmissionOptions = {},
): Promise<{ created: boolean; receipt: SubmissionReceipt }> {
  const { idempotencyKey, entry } = options;
  if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
    throw AppError.badRequest('En-tête Idempotency-Key invalide (8 à 200 caractères : lettres, chiffres, « - _ . : »).');
  }
  const hash = requestHash(input);
  if (idempotencyKey) {
    const previous = await replay(context, idempotencyKey, hash);
    if (previous) return { created: false, receipt: previous };
  }

  const { db } = context;
  try {
    const result = await db.transaction(async (t) => {
      const court = await resolveCourt(db, input, t);
      const now = new Date();
      // A paper or e-mail referral counts from the day it reached the court, not from its entry.
      const receivedAt = entry?.receivedAt ?? now;
      const reference = await allocateReference(db, t, referenceYear(receivedAt));
      const administrationId = await upsertAdministration(db, t, input.sender.administration, input.sender.administrationKind);
      const saisineId = await insertSaisine(db, t, {
        reference,
        kind: input.kind,
        channel: options.channel ?? 'formulaire',
        urgent: input.urgent,
        urgencyReason: input.urgent ? input.urgencyReason : '',
        juridictionId: court.juridiction.id,
        routing: court.routing,
        routingReason: court.routingReason,
        administrationId,
        ...input.sender,
        ...input.facts,
        endDate: input.facts.endDate ?? null,
        qualification: input.qualification,
        natinf: input.natinf,
        receivedAt: receivedAt.toISOString(),
        // No address, no acknowledgement mailed (a paper letter is answered by post).
        ackDeliveredAt: input.sender.email ? now.toISOString() : null,
        createdBy: entry?.userId ?? null,
        idempotencyKey: idempotencyKey ?? null,
        requestHash: idempotencyKey ? hash : null,
      });
      await insertPersons(db, t, saisineId, personRows(input));
      await attachUploads(db, t, saisineId, input.attachmentIds);
      const { token, hash: tokenHash } = createTrackingToken();
      await insertTrackingToken(db, t, saisineId, tokenHash);
      await appendEvent(db, t, {
        saisineId: saisineId,
        type: 'creation',
        at: entry ? now : receivedAt,
        actor: entry?.actor ?? { type: 'sender', label: `${input.sender.agentName} (${input.sender.administration})` },
        toStatus: 'recue',
        reason: entry?.reason ?? '',
        payload: {
          reference,
          juridictionId: court.juridiction.id,
          routing: court.routing,
          urgent: input.urgent,
          channel: options.channel ?? 'formulaire',
          ...(entry ? { receivedAt: receivedAt.toISOString() } : {}),
          attachments: input.attachmentIds.length,
        },
      });
      // The acknowledgement and the court's notices exist if and only if the referral does.
      const ar = await loadAccuseReception(db, saisineId, urlsFor(context, token), t);
      await enqueueSubmissionMails(db, t, ar, await renderAccuseReceptionPdf(ar), context.publicUrl);
      return receipt(ar);
    });
    return { created: true, receipt: result };
  } catch (error) {
    // A concurrent request with the same key won the race: answer with its referral.
    if (databaseErrorCode(error) === UNIQUE_VIOLATION && idempotencyKey) {
      const previous = await replay(context, idempotencyKey, hash);
      if (previous) return { created: false, receipt: previous };
    }
    throw error;
  }
}
