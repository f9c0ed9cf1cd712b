import nodemailer, { type Transporter } from 'nodemailer';
import type { Sequelize, Transaction } from 'sequelize';
import { allowedSilence, type WorkerHealth } from '../jobs/worker-health';

const OUTBOX_LOOP = 'outbox';
import { attachmentAssociatedData, open, openSecrets, withSecrets } from './mail-secrets';

export interface OutboxWorkerOptions {
  sequelize: Sequelize;
  /** `smtp://user:password@host:port` or `smtps://…` (nodemailer's URL form). */
  smtpUrl: string;
  from: string;
  /** Pause between two looks at an empty queue. */
  pollMs?: number;
  /** First retry delay; it doubles at each failure, up to `maxBackoffMs`. */
  backoffBaseMs?: number;
  maxBackoffMs?: number;
  /** After this many failures a mail is left in status `echec` for a human to look at. */
  maxAttempts?: number;
  log?: (line: string) => void;
  /** Told at the end of each pass over the outbox (`/api/health`). */
  health?: WorkerHealth;
}

export interface OutboxWorker {
  /** Sends at most one due mail; false when none was due. */
  runOnce(): Promise<boolean>;
  /** Sends every due mail, one after another; returns how many were handled. */
  drain(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

interface DueMail {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  sealed_secrets: Buffer | null;
  attempts: number;
}

interface StoredAttachment {
  position: number;
  filename: string;
  content_type: string;
  content: Buffer;
  sealed: boolean;
}

/** The mail as it leaves: secrets put back in the bodies, sealed attachments opened. */
function unseal(mail: DueMail, attachments: StoredAttachment[]) {
  const secrets = mail.sealed_secrets ? openSecrets(mail.id, mail.sealed_secrets) : {};
  return {
    text: withSecrets(mail.text_body, secrets),
    html: mail.html_body ? withSecrets(mail.html_body, secrets) : null,
    attachments: attachments.map((a) => ({
      filename: a.filename,
      contentType: a.content_type,
      content: a.sealed ? open(a.content, attachmentAssociatedData(mail.id, a.position)) : a.content,
    })),
  };
}

/** Once sent, a mail's secrets have no use left: they are dropped, so the outbox keeps none. */
async function dropSecrets(sequelize: Sequelize, mailId: string, transaction: Transaction) {
  await sequelize.query(`UPDATE outbox_mails SET sealed_secrets = NULL WHERE id = :mailId AND sealed_secrets IS NOT NULL`, {
    replacements: { mailId },
    transaction,
  });
  await sequelize.query(`UPDATE outbox_mail_attachments SET content = ''::bytea WHERE mail_id = :mailId AND sealed`, {
    replacements: { mailId },
    transaction,
  });
}

export function backoffMs(attempts: number, base: number, max: number): number {
  return Math.min(max, base * 2 ** Math.max(0, attempts - 1));
}

/**
 * Sends the outbox through SMTP. Each mail is taken with `FOR UPDATE SKIP LOCKED` and marked sent
 * in the transaction that holds its lock, so several API processes (or workers) never send the
 * same mail twice and never wait on each other. If the commit itself failed after the SMTP server
 * accepted the mail, the retry carries the same Message-ID, which lets receiving servers drop it.
 */
export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { sequelize, from, log = console.error } = options;
  const pollMs = options.pollMs ?? 5_000;
  const base = options.backoffBaseMs ?? 30_000;
  const max = options.maxBackoffMs ?? 6 * 3_600_000;
  const maxAttempts = options.maxAttempts ?? 10;
  const transporter: Transporter = nodemailer.createTransport({
    url: options.smtpUrl,
    // A stuck SMTP server must not hold a row lock for long.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  const hostname = new URL(options.smtpUrl).hostname || 'localhost';

  const runOnce = () =>
    sequelize.transaction(async (transaction) => {
      const [rows] = await sequelize.query(
        `SELECT id, to_address, subject, text_body, html_body, sealed_secrets, attempts FROM outbox_mails
         WHERE status = 'en_attente' AND next_attempt_at <= now()
         ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        { transaction },
      );
      const [mail] = rows as DueMail[];
      if (!mail) return false;
      const [attachments] = await sequelize.query(
        'SELECT position, filename, content_type, content, sealed FROM outbox_mail_attachments WHERE mail_id = :id ORDER BY position',
        { replacements: { id: mail.id }, transaction },
      );
      let content: ReturnType<typeof unseal>;
      try {
        content = unseal(mail, attachments as StoredAttachment[]);
      } catch (error) {
        // A key that changed (session secret rotated) will not open them later either: a human decides.
        const message = `Secrets du courriel illisibles : ${error instanceof Error ? error.message : String(error)}`;
        await sequelize.query(`UPDATE outbox_mails SET attempts = attempts + 1, last_error = :message, status = 'echec' WHERE id = :id`, {
          replacements: { id: mail.id, message },
          transaction,
        });
        log(`Courriel ${mail.id} non envoyé : ${message}`);
        return true;
      }
      try {
        await transporter.sendMail({
          from,
          to: mail.to_address,
          subject: mail.subject,
          text: content.text,
          ...(content.html ? { html: content.html } : {}),
          messageId: `<${mail.id}@${hostname === 'localhost' ? 'info-parquet.local' : hostname}>`,
          headers: { 'X-Info-Parquet-Mail': mail.id },
          attachments: content.attachments,
        });
      } catch (error) {
        const attempts = mail.attempts + 1;
        const message = error instanceof Error ? error.message : String(error);
        await sequelize.query(
          `UPDATE outbox_mails SET attempts = :attempts, last_error = :message,
             status = CASE WHEN :attempts >= :maxAttempts THEN 'echec' ELSE 'en_attente' END,
             next_attempt_at = now() + make_interval(secs => :delay)
           WHERE id = :id`,
          { replacements: { id: mail.id, attempts, message: message.slice(0, 1000), maxAttempts, delay: backoffMs(attempts, base, max) / 1000 }, transaction },
        );
        log(`Courriel ${mail.id} non envoyé (tentative ${attempts}) : ${message}`);
        return true;
      }
      await sequelize.query(
        `UPDATE outbox_mails SET status = 'envoye', sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = :id`,
        { replacements: { id: mail.id }, transaction },
      );
      await dropSecrets(sequelize, mail.id, transaction);
      return true;
    });

  let stopped = false;
  const drain = async () => {
    let handled = 0;
    // A long backlog is progress, not a stuck loop: each mail handled counts as a good run.
    while (!stopped && (await runOnce())) {
      handled += 1;
      options.health?.ran(OUTBOX_LOOP);
    }
    return handled;
  };

  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    timer = null;
    running = drain()
      .then(() => options.health?.ran(OUTBOX_LOOP))
      .catch((error) => {
        options.health?.failed(OUTBOX_LOOP, error);
        log(`Boîte d’envoi : ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, pollMs);
      });
  };

  return {
    runOnce,
    drain,
    start() {
      stopped = false;
      options.health?.expect(OUTBOX_LOOP, 'Envoi des courriels', allowedSilence(pollMs));
      if (!timer) timer = setTimeout(tick, 0);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
      transporter.close();
    },
  };
}
