import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { AppError } from './app-error';
import { NO_REPORTING, type ErrorReporter } from '../observability/error-reporter';
import { loggableUrl } from '../observability/logger';

/** Unknown API routes: a JSON 404, never the front-end's HTML. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(AppError.notFound(`Aucune route ${req.method} ${req.originalUrl}.`));
};

interface HttpLikeError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
}

/**
 * Every error becomes `{ message, errors? }` with its status. Bad input is never a 500 and a
 * stack trace never leaves the server.
 */
export function errorHandler(log: (error: unknown) => void, reporter: ErrorReporter = NO_REPORTING): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    if (error instanceof AppError) {
      if (error.headers) res.set(error.headers);
      res.status(error.status).json({
        message: error.message,
        ...(error.errors ? { errors: error.errors } : {}),
        ...(error.details ?? {}),
      });
      return;
    }
    const httpError = error as HttpLikeError;
    const status = httpError.status ?? httpError.statusCode;
    if (httpError.type === 'entity.parse.failed') {
      res.status(400).json({ message: 'Le corps de la requête n’est pas un JSON valide.' });
      return;
    }
    if (httpError.type === 'entity.too.large') {
      res.status(413).json({ message: 'La requête est trop volumineuse.' });
      return;
    }
    if (error instanceof URIError && status === 400) {
      // The router could not decode a path parameter (`%E0%A4%A`).
      res.status(400).json({ message: 'L’adresse demandée contient un encodage invalide.' });
      return;
    }
    if (status && status >= 400 && status < 500 && httpError.expose) {
      res.status(status).json({ message: 'Requête invalide.' });
      return;
    }
    const requestId = res.locals.requestId as string | undefined;
    const url = loggableUrl(req.originalUrl);
    // With the access log, the request's own logger: the line carries its reqId.
    const requestLog = (req as { log?: Logger }).log;
    if (requestLog) requestLog.error({ err: error }, `Erreur interne : ${req.method} ${url}`);
    else log(requestId ? Object.assign(new Error(`Requête ${requestId} (${req.method} ${url}) : ${(error as Error)?.message ?? String(error)}`), { cause: error }) : error);
    void reporter.capture(error, { requestId, method: req.method, url });
    res.status(500).json({
      message: `Erreur interne du serveur. L’incident a été enregistré${requestId ? ` sous la référence ${requestId}` : ''}.`,
      ...(requestId ? { requestId } : {}),
    });
  };
}
