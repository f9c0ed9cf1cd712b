import { Router, type Request } from 'express';
import { randomBytes } from 'node:crypto';
import { defineRulesFor } from '@info-parquet/common';
import { AppError } from '../http/app-error';
import { loadUser } from '../http/authenticate';
import { SESSION_COOKIE } from '../http/session';
import { authenticate } from './service';

function regenerate(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.regenerate((error) => (error ? reject(error) : resolve())));
}

function save(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.save((error) => (error ? reject(error) : resolve())));
}

/** What login and `me` answer: the user, their CASL rules and the session's CSRF token. */
function sessionPayload(req: Request) {
  if (!req.user) throw AppError.unauthorized();
  return { user: req.user, rules: defineRulesFor(req.user), csrfToken: req.session.csrfToken };
}

export function authRoutes(): Router {
  const router = Router();

  router.post('/login', async (req, res, next) => {
    const user = await authenticate(req.body?.email, req.body?.password);
    // A new session id at login: no session fixation.
    await regenerate(req);
    req.session.userId = user.id;
    req.session.csrfToken = randomBytes(32).toString('base64url');
    req.session.createdAt = Date.now();
    await save(req);
    loadUser(req, res, (error?: unknown) => {
      if (error) return next(error);
      res.json(sessionPayload(req));
    });
  });

  router.post('/logout', async (req, res) => {
    await new Promise<void>((resolve) => req.session.destroy(() => resolve()));
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.status(204).end();
  });

  router.get('/me', (req, res) => {
    res.json(sessionPayload(req));
  });

  return router;
}
