import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

/** A request id a proxy may hand over (`X-Request-Id`), if it looks like one. */
const GIVEN = /^[A-Za-z0-9._-]{8,128}$/;

/**
 * Every request gets an id: the proxy's when it sends a sane one, else a new one. It is returned
 * in `X-Request-Id`, in every 500 answer and in the line that logs the fault, so that a user's
 * « erreur interne » can be found in the logs.
 */
export const requestId: RequestHandler = (req, res, next) => {
  const given = req.get('X-Request-Id');
  const id = given && GIVEN.test(given) ? given : randomUUID();
  res.locals.requestId = id;
  res.set('X-Request-Id', id);
  next();
};
