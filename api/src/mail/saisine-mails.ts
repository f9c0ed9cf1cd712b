import type { Database, Transaction } from '../db/database';
import { ACCUSE_RECEPTION_MENTION_LEGALE, SAISINE_KIND_LABELS, SUIVI_LINK_NOTICE, formatBytes, formatDateTimeParis } from '@info-parquet/common';
import type { AccuseReception } from '../saisines/accuse-reception/data';
import { enqueueMail } from './enqueue';

const FOOTER = 'Message envoyé automatiquement par Info Parquet : merci de ne pas y répondre.';

function piecesText(ar: AccuseReception): string {
  if (ar.piecesJointes.length === 0) return 'Pièces jointes : aucune';
  return [
    `Pièces jointes (${ar.piecesJointes.length}) :`,
    ...ar.piecesJointes.map((p) => `- ${p.originalName} (${formatBytes(p.sizeBytes)})\n  SHA-256 : ${p.sha256}`),
  ].join('\n');
}

function acknowledgementText(ar: AccuseReception): string {
  return [
    'Bonjour,',
    '',
    `Votre saisine a bien été reçue par le parquet du ${ar.juridiction.nom}.`,
    '',
    `Référence : ${ar.reference}`,
    `Reçue le : ${formatDateTimeParis(ar.receivedAt)}`,
    `Parquet destinataire : ${ar.juridiction.nom}`,
    ...(ar.juridiction.adresse ? [ar.juridiction.adresse] : []),
    // The kind's label may end with a bracket (« … (article 40 du code de procédure pénale) »).
    `Nature : ${SAISINE_KIND_LABELS[ar.kind]}${ar.urgent ? ' — urgente' : ''}`,
    piecesText(ar),
    '',
    'Suivez son traitement à tout moment :',
    ar.trackingUrl,
    SUIVI_LINK_NOTICE,
    '',
    'L’accusé de réception au format PDF est joint à ce message.',
    '',
    ACCUSE_RECEPTION_MENTION_LEGALE,
    '',
    FOOTER,
  ].join('\n');
}

/** What the court is told: enough to find and open the referral, none of its content (persons, facts). */
function courtText(ar: AccuseReception, backOfficeUrl: string, intro: string): string {
  return [
    'Bonjour,',
    '',
    intro,
    '',
    `Référence : ${ar.reference}`,
    `Reçue le : ${formatDateTimeParis(ar.receivedAt)}`,
    `Nature : ${SAISINE_KIND_LABELS[ar.kind]}`,
    ...(ar.urgent ? [`URGENTE : ${ar.urgencyReason}`] : []),
    `Administration : ${[ar.sender.administration, ar.sender.service].filter(Boolean).join(' — ')}`,
    ...(ar.qualification ? [`Qualification proposée : ${ar.qualification}`] : []),
    `Pièces jointes : ${ar.piecesJointes.length}`,
    '',
    'Ouvrir la saisine dans Info Parquet :',
    backOfficeUrl,
    '',
    FOOTER,
  ].join('\n');
}

/**
 * The mails a new referral causes, written in the submission's transaction: the acknowledgement
 * to the agent (PDF attached), the notice to the court's bureau d'ordre and, when urgent, to its
 * permanence. One mail of each kind per referral, whatever the retries.
 */
export async function enqueueSubmissionMails(
  db: Database,
  transaction: Transaction,
  ar: AccuseReception,
  pdf: Uint8Array,
  publicUrl: string,
): Promise<void> {
  const backOfficeUrl = `${publicUrl}/admin/saisines/${ar.saisineId}/show`;
  await enqueueMail(db, transaction, {
    dedupeKey: `accuse_reception:${ar.saisineId}`,
    kind: 'accuse_reception',
    saisineId: ar.saisineId,
    to: ar.sender.email,
    subject: `Accusé de réception de votre saisine ${ar.reference}`,
    text: acknowledgementText(ar),
    // The link and the PDF that prints it are the sender's bearer secret: sealed until sent.
    secrets: { lien_de_suivi: ar.trackingUrl },
    attachments: [{ filename: `accuse-reception-${ar.reference}.pdf`, contentType: 'application/pdf', content: pdf, sealed: true }],
  });
  await enqueueMail(db, transaction, {
    dedupeKey: `notification_bureau_ordre:${ar.saisineId}`,
    kind: 'notification_bureau_ordre',
    saisineId: ar.saisineId,
    to: ar.juridiction.emailBureauOrdre,
    subject: `${ar.urgent ? '[URGENT] ' : ''}Nouvelle saisine ${ar.reference} : ${SAISINE_KIND_LABELS[ar.kind]}`,
    text: courtText(ar, backOfficeUrl, `Une nouvelle saisine est arrivée pour le parquet du ${ar.juridiction.nom}.`),
  });
  if (ar.urgent) {
    await enqueueMail(db, transaction, {
      dedupeKey: `notification_permanence:${ar.saisineId}`,
      kind: 'notification_permanence',
      saisineId: ar.saisineId,
      to: ar.juridiction.emailPermanence,
      subject: `[URGENT] Saisine urgente ${ar.reference} : ${ar.urgencyReason}`.slice(0, 200),
      text: courtText(ar, backOfficeUrl, `Une saisine URGENTE est arrivée pour le parquet du ${ar.juridiction.nom} : la permanence est avisée en même temps que le bureau d’ordre.`),
    });
  }
}
