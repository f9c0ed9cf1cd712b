import { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { Database } from '../../db/database';
import { defineRulesFor, type SessionInfo } from '@info-parquet/common';
import type { SecuritySettings } from '../../config';
import { AppError } from '../../http/app-error';
import { createLoadUser, requireUser } from '../../http/authenticate';
import { SESSION_COOKIE } from '../../http/session';
import { recordSecurityEvent } from '../security/security-log';
import { requestOrigin } from '../../http/request-origin';
import { authenticate } from './service';
import { changeOwnPassword } from './password-change';
import { endUserSessions } from './user-sessions';
import { confirmPasswordReset, requestPasswordReset } from './password-reset';
import { confirmEnrolment, disableTotp, regenerateRecoveryCodes, startEnrolment, totpStatus, verifySecondFactor } from './second-factor';
import { actingUser, destroy, halfSession, halfSignedMessage, openHalfSession, openSession, requireFullUser } from './session-steps';

/** What login and `me` answer: the user, their CASL rules and the session's CSRF token. */
function sessionPayload(req: Request): SessionInfo {
  const { csrfToken } = req.session;
  if (!req.user || !csrfToken) throw AppError.unauthorized();
  return { user: req.user, rules: defineRulesFor(req.user), csrfToken, mfa: 'ok' };
}

/** Loads the user of the session just opened, then answers the session payload (and `extra`). */
function sendSession(loadUser: RequestHandler, req: Request, res: Response, next: NextFunction, extra: Record<string, unknown> = {}) {
  void loadUser(req, res, (error?: unknown) => {
    if (error) return next(error);
    res.json({ ...extra, ...sessionPayload(req) });
  });
}

export interface AuthDependencies {
  db: Database;
  settings: SecuritySettings;
  /** Seals the TOTP secrets at rest. */
  sessionSecret: string;
  /** Where the e-mailed links point to. */
  publicUrl: string;
}

export function authRoutes({ db, settings, sessionSecret, publicUrl }: AuthDependencies): Router {
  const router = Router();
  const context = (req: Request) => ({ db, settings, sessionSecret, origin: requestOrigin(req) });
  const loadUser = createLoadUser({ db, absoluteHours: settings.sessionAbsoluteHours });

  router.post('/login', async (req, res, next) => {
    const check = await authenticate(context(req), req.body?.email, req.body?.password);
    if (check.secondFactor !== 'ok') {
      // Half signed in: this session may only give (or set up) the second factor, or log out.
      await openHalfSession(req, check.userId, check.secondFactor);
      res.json({ mfa: check.secondFactor, message: halfSignedMessage(check.secondFactor), csrfToken: req.session.csrfToken });
      return;
    }
    await openSession(req, check.userId);
    sendSession(loadUser, req, res, next);
  });

  router.post('/logout', async (req, res) => {
    await destroy(req);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.status(204).end();
  });

  // Ends every session of the user, on every device and API process, this one included.
  router.post('/logout-all', requireUser, async (req, res) => {
    const user = req.user!;
    const sessionsEnded = await endUserSessions(db, user.id);
    await destroy(req);
    await recordSecurityEvent(db, requestOrigin(req), {
      type: 'logout_all',
      userId: user.id,
      email: user.email,
      details: { sessionsEnded },
    });
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.status(204).end();
  });

  router.post('/password', requireUser, async (req, res) => {
    const { sessionsEnded } = await changeOwnPassword(db, req.user!, req.body, {
      sid: req.sessionID,
      origin: requestOrigin(req),
    });
    res.json({ message: 'Votre mot de passe a été modifié.', otherSessionsEnded: sessionsEnded });
  });

  router.get('/me', (req, res) => {
    if (!req.user) {
      const half = halfSession(req);
      // The back-office's second-factor pages learn here the step and the token to send.
      if (half) {
        throw new AppError(401, halfSignedMessage(half.secondFactor), undefined, { mfa: half.secondFactor, csrfToken: req.session.csrfToken });
      }
    }
    res.json(sessionPayload(req));
  });

  router.post('/password-reset', async (req, res) => {
    res.status(202).json(await requestPasswordReset(db, publicUrl, req.body, requestOrigin(req)));
  });

  router.post('/password-reset/confirm', async (req, res) => {
    res.json(await confirmPasswordReset(db, req.body, requestOrigin(req)));
  });

  router.get('/totp', requireFullUser, async (req, res) => {
    res.json(await totpStatus(context(req), req.user!.id));
  });

  // Enrolment: from the account page, or during a sign-in when the role requires it.
  router.post('/totp/setup', async (req, res) => {
    res.json(await startEnrolment(context(req), actingUser(req, ['enrolment_required'], true)));
  });

  router.post('/totp/enable', async (req, res, next) => {
    const userId = actingUser(req, ['enrolment_required'], true);
    const recoveryCodes = await confirmEnrolment(context(req), userId, req.body, { completesSignIn: !req.user });
    if (req.user) {
      res.json({ recoveryCodes });
      return;
    }
    // The enrolment was the second factor of this sign-in.
    await openSession(req, userId);
    sendSession(loadUser, req, res, next, { recoveryCodes });
  });

  router.post('/totp/verify', async (req, res, next) => {
    const userId = actingUser(req, ['required'], false);
    try {
      await verifySecondFactor(context(req), userId, req.body);
    } catch (error) {
      // Locked: the half session ends with it.
      if (error instanceof AppError && error.status === 423) await destroy(req);
      throw error;
    }
    await openSession(req, userId);
    sendSession(loadUser, req, res, next);
  });

  router.post('/totp/disable', requireFullUser, async (req, res) => {
    await disableTotp(context(req), req.user!.id, req.body);
    res.json({ message: 'La double authentification est désactivée.' });
  });

  router.post('/totp/recovery-codes', requireFullUser, async (req, res) => {
    res.json({ recoveryCodes: await regenerateRecoveryCodes(context(req), req.user!.id, req.body) });
  });

  return router;
}
