import { Router, type Request } from 'express';
import { randomBytes } from 'node:crypto';
import type { Sequelize } from 'sequelize';
import { defineRulesFor } from '@info-parquet/common';
import type { SecuritySettings } from '../config';
import { AppError } from '../http/app-error';
import { loadUser, requireUser } from '../http/authenticate';
import { SESSION_COOKIE } from '../http/session';
import { recordSecurityEvent, requestOrigin } from '../security/security-log';
import { authenticate } from './service';
import { changeOwnPassword } from './password-change';
import { endUserSessions } from './user-sessions';

function regenerate(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.regenerate((error) => (error ? reject(error) : resolve())));
}

function save(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.save((error) => (error ? reject(error) : resolve())));
}

function destroy(req: Request): Promise<void> {
  return new Promise<void>((resolve) => req.session.destroy(() => resolve()));
}

/** What login and `me` answer: the user, their CASL rules and the session's CSRF token. */
function sessionPayload(req: Request) {
  if (!req.user) throw AppError.unauthorized();
  return { user: req.user, rules: defineRulesFor(req.user), csrfToken: req.session.csrfToken };
}

export interface AuthDependencies {
  sequelize: Sequelize;
  settings: SecuritySettings;
}

export function authRoutes({ sequelize, settings }: AuthDependencies): Router {
  const router = Router();

  router.post('/login', async (req, res, next) => {
    const userId = await authenticate({ sequelize, settings, origin: requestOrigin(req) }, req.body?.email, req.body?.password);
    // A new session id at login: no session fixation.
    await regenerate(req);
    req.session.userId = userId;
    req.session.csrfToken = randomBytes(32).toString('base64url');
    req.session.createdAt = Date.now();
    await save(req);
    loadUser(req, res, (error?: unknown) => {
      if (error) return next(error);
      res.json(sessionPayload(req));
    });
  });

  router.post('/logout', async (req, res) => {
    await destroy(req);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.status(204).end();
  });

  // Ends every session of the user, on every device and API process, this one included.
  router.post('/logout-all', requireUser, async (req, res) => {
    const user = req.user!;
    const sessionsEnded = await endUserSessions(sequelize, user.id);
    await destroy(req);
    await recordSecurityEvent(sequelize, requestOrigin(req), {
      type: 'logout_all',
      userId: user.id,
      email: user.email,
      details: { sessionsEnded },
    });
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.status(204).end();
  });

  router.post('/password', requireUser, async (req, res) => {
    const { sessionsEnded } = await changeOwnPassword(sequelize, req.user!, req.body, {
      sid: req.sessionID,
      origin: requestOrigin(req),
    });
    res.json({ message: 'Votre mot de passe a été modifié.', otherSessionsEnded: sessionsEnded });
  });

  router.get('/me', (req, res) => {
    res.json(sessionPayload(req));
  });

  return router;
}
