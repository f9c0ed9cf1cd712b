import nodemailer, { type Transporter } from 'nodemailer';
import type { Database } from '../db/database';
import { allowedSilence, type WorkerHealth } from '../jobs/worker-health';

const OUTBOX_LOOP = 'outbox';
import { attachmentAssociatedData, open, openSecrets, withSecrets } from './mail-secrets';
import { dropSecrets, lockNextDueMail, mailAttachments, markFailed, markSent, scheduleRetry, type DueMail, type StoredAttachment } from './outbox-repository';

export interface OutboxWorkerOptions {
  db: Database;
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

/** The mail as it leaves: secrets put back in the bodies, sealed attachments opened. */
function unseal(mail: DueMail, attachments: StoredAttachment[]) {
  const secrets = mail.sealedSecrets ? openSecrets(mail.id, mail.sealedSecrets) : {};
  return {
    text: withSecrets(mail.textBody, secrets),
    html: mail.htmlBody ? withSecrets(mail.htmlBody, secrets) : null,
    attachments: attachments.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      content: a.sealed ? open(a.content, attachmentAssociatedData(mail.id, a.position)) : a.content,
    })),
  };
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
  const { db, from, log = console.error } = options;
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
    db.transaction(async (transaction) => {
      const mail = await lockNextDueMail(db, transaction);
      if (!mail) return false;
      const attachments = await mailAttachments(db, transaction, mail.id);
      let content: ReturnType<typeof unseal>;
      try {
        content = unseal(mail, attachments);
      } catch (error) {
        // A key that changed (session secret rotated) will not open them later either: a human decides.
        const message = `Secrets du courriel illisibles : ${error instanceof Error ? error.message : String(error)}`;
        await markFailed(db, transaction, mail.id, message);
        log(`Courriel ${mail.id} non envoyé : ${message}`);
        return true;
      }
      try {
        await transporter.sendMail({
          from,
          to: mail.toAddress,
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
        await scheduleRetry(db, transaction, { mailId: mail.id, attempts, message, maxAttempts, delayMs: backoffMs(attempts, base, max) });
        log(`Courriel ${mail.id} non envoyé (tentative ${attempts}) : ${message}`);
        return true;
      }
      await markSent(db, transaction, mail.id);
      await dropSecrets(db, transaction, mail.id);
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
