import type { Database, Transaction } from '../../db/database';
import { randomUUID } from 'node:crypto';
import { formatDateTimeParis } from '@info-parquet/common';
import { enqueueMail } from '../../mail/enqueue';
import type { AccountTokenPurpose } from './account-tokens';

const FOOTER = 'Message envoyé automatiquement par Info Parquet : merci de ne pas y répondre.';

/** The back-office pages (browser router under /admin/) that take the link's token. */
export const ACCOUNT_LINK_PATHS: Record<AccountTokenPurpose, string> = {
  reinitialisation: '/admin/reinitialiser-mot-de-passe',
  activation: '/admin/activer-mon-compte',
};

export function accountLinkUrl(publicUrl: string, purpose: AccountTokenPurpose, token: string): string {
  return `${publicUrl}${ACCOUNT_LINK_PATHS[purpose]}?token=${token}`;
}

interface AccountMail {
  to: string;
  displayName: string;
  link: string;
  expiresAt: Date;
}

/**
 * The link is a bearer secret: handed to the outbox as a secret, it never rests in clear in
 * `outbox_mails` (sealed until sent, then dropped) and the administrator's view of the outbox
 * never shows it.
 */
export async function enqueuePasswordResetMail(db: Database, transaction: Transaction, mail: AccountMail): Promise<void> {
  await enqueueMail(db, transaction, {
    dedupeKey: `reinitialisation_mot_de_passe:${randomUUID()}`,
    kind: 'reinitialisation_mot_de_passe',
    to: mail.to,
    subject: 'Info Parquet : réinitialisation de votre mot de passe',
    secrets: { lien: mail.link },
    text: [
      `Bonjour ${mail.displayName},`,
      '',
      'Une réinitialisation du mot de passe de votre compte Info Parquet a été demandée.',
      'Pour choisir un nouveau mot de passe, ouvrez ce lien :',
      '',
      mail.link,
      '',
      `Ce lien ne sert qu’une fois et expire le ${formatDateTimeParis(mail.expiresAt)} (heure de Paris).`,
      'Une fois le mot de passe changé, toutes vos sessions ouvertes sont fermées.',
      'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe actuel reste valable.',
      '',
      FOOTER,
    ].join('\n'),
  });
}

export async function enqueueActivationMail(db: Database, transaction: Transaction, mail: AccountMail): Promise<void> {
  await enqueueMail(db, transaction, {
    dedupeKey: `activation_compte:${randomUUID()}`,
    kind: 'activation_compte',
    to: mail.to,
    subject: 'Info Parquet : activez votre compte',
    secrets: { lien: mail.link },
    text: [
      `Bonjour ${mail.displayName},`,
      '',
      'Un compte Info Parquet (espace des juridictions) vient d’être créé pour vous.',
      'Pour l’activer, choisissez votre mot de passe en ouvrant ce lien :',
      '',
      mail.link,
      '',
      `Ce lien ne sert qu’une fois et expire le ${formatDateTimeParis(mail.expiresAt)} (heure de Paris).`,
      'Passé ce délai, utilisez « Mot de passe oublié ? » sur la page de connexion pour recevoir un nouveau lien.',
      '',
      FOOTER,
    ].join('\n'),
  });
}
