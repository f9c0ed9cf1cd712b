import type { Database, Transaction } from '../db/database';
import { randomUUID } from 'node:crypto';
import {
  SUIVI_LINK_NOTICE,
  decisionFacts,
  formatDateTimeParis,
  type SaisineStatus,
} from '@info-parquet/common';
import { enqueueMail } from './enqueue';
import { saisineForMail, type SaisineForMail } from './outbox-repository';

const FOOTER = 'Message envoyé automatiquement par Info Parquet : merci de ne pas y répondre.';

/**
 * The tracking token is stored hashed: these mails cannot carry the link, so they say where to
 * find it (the acknowledgement) and how to get a new one.
 */
const TRACKING_HINT = [
  'Pour répondre ou consulter la saisine, utilisez le lien de suivi reçu avec l’accusé de réception.',
  'Si vous ne l’avez plus, demandez un nouveau lien sur la page « Lien perdu ? » du formulaire Info Parquet (/lien-perdu) : il vous sera envoyé à cette adresse.',
];

/** The decision as art. 40-2 and 40-3 ask the sender to be told of it. */
export function decisionLines(s: Pick<SaisineForMail, 'decision' | 'decisionDetail' | 'classementReason'>): string[] {
  const facts = decisionFacts(s);
  if (!facts.decision) return [];
  const lines = [`Décision : ${facts.decisionLabel}`];
  if (facts.classementReasonLabel) lines.push(`Motif du classement : ${facts.classementReasonLabel}`);
  if (facts.decisionDetail) lines.push(`Précisions : ${facts.decisionDetail}`);
  if (facts.appealMention) lines.push('', facts.appealMention);
  return lines;
}

/**
 * The sender is told, in the transition's transaction, when the court asks for more and when
 * the decision is communicated. `version` is the referral's version before the transition: one
 * mail per transition, whatever the retries.
 */
export async function enqueueSenderTransitionMail(
  db: Database,
  transaction: Transaction,
  saisine: { id: string; version: number },
  to: SaisineStatus,
  message: string | undefined,
): Promise<void> {
  if (to !== 'complement_demande' && to !== 'cloturee') return;
  const s = await saisineForMail(db, transaction, saisine.id);
  if (to === 'complement_demande') {
    await enqueueMail(db, transaction, {
      dedupeKey: `demande_complement:${saisine.id}:${saisine.version}`,
      kind: 'demande_complement',
      saisineId: saisine.id,
      to: s.senderEmail,
      subject: `Saisine ${s.reference} : le parquet vous demande un complément`,
      text: [
        'Bonjour,',
        '',
        `Le parquet du ${s.juridictionNom} vous demande des informations ou des pièces complémentaires sur la saisine ${s.reference} :`,
        '',
        message ?? '',
        '',
        ...TRACKING_HINT,
        'Dès votre réponse, la saisine reprend son examen par le parquet.',
        '',
        FOOTER,
      ].join('\n'),
    });
    return;
  }
  await enqueueMail(db, transaction, {
    dedupeKey: `decision_communiquee:${saisine.id}`,
    kind: 'decision_communiquee',
    saisineId: saisine.id,
    to: s.senderEmail,
    subject: `Saisine ${s.reference} : décision du parquet`,
    text: [
      'Bonjour,',
      '',
      `Le parquet du ${s.juridictionNom} vous informe de la décision prise sur la saisine ${s.reference} (article 40-2 du code de procédure pénale).`,
      '',
      ...decisionLines(s),
      '',
      'La saisine est désormais close.',
      '',
      FOOTER,
    ].join('\n'),
  });
}

/** The court learns that the sender answered or added documents: nothing of the content but the count. */
export async function enqueueSenderMessageNotice(
  db: Database,
  transaction: Transaction,
  saisineId: string,
  details: { pieces: number; resumedTo: SaisineStatus | null; backOfficeUrl: string },
): Promise<void> {
  const s = await saisineForMail(db, transaction, saisineId);
  await enqueueMail(db, transaction, {
    dedupeKey: `message_expediteur:${saisineId}:${randomUUID()}`,
    kind: 'message_expediteur',
    saisineId,
    to: s.emailBureauOrdre,
    subject: `Saisine ${s.reference} : nouveau message de l’expéditeur`,
    text: [
      'Bonjour,',
      '',
      `L’expéditeur de la saisine ${s.reference} a ajouté un message${details.pieces ? ` et ${details.pieces} pièce(s) jointe(s)` : ''}.`,
      ...(details.resumedTo ? ['Il répond à votre demande de complément : la saisine revient dans la file du parquet.'] : []),
      '',
      'Ouvrir la saisine dans Info Parquet :',
      details.backOfficeUrl,
      '',
      FOOTER,
    ].join('\n'),
  });
}

/** "Lost my link": every referral of the address over the last 24 months, each with a new link. */
export async function enqueueTrackingLinksMail(
  db: Database,
  transaction: Transaction,
  email: string,
  links: Array<{ reference: string; receivedAt: Date; juridictionNom: string; trackingUrl: string }>,
): Promise<void> {
  await enqueueMail(db, transaction, {
    dedupeKey: `liens_de_suivi:${randomUUID()}`,
    kind: 'liens_de_suivi',
    to: email,
    subject: 'Vos liens de suivi Info Parquet',
    secrets: Object.fromEntries(links.map((link, index) => [`lien_de_suivi_${index + 1}`, link.trackingUrl])),
    text: [
      'Bonjour,',
      '',
      'Vous avez demandé les liens de suivi des saisines envoyées depuis cette adresse au cours des 24 derniers mois :',
      '',
      ...links.flatMap((link) => [
        `${link.reference} — reçue le ${formatDateTimeParis(link.receivedAt)} — ${link.juridictionNom}`,
        link.trackingUrl,
        '',
      ]),
      SUIVI_LINK_NOTICE,
      'Les liens envoyés précédemment restent valables.',
      'Si vous n’êtes pas à l’origine de cette demande, vous pouvez ignorer ce message.',
      '',
      FOOTER,
    ].join('\n'),
  });
}
