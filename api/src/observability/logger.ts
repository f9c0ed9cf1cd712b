import pino, { type Logger } from 'pino';
import pinoHttp from 'pino-http';
import pretty from 'pino-pretty';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';

export type LogFormat = 'json' | 'pretty';

/**
 * The product's logger: JSON lines in production (one object per line, for the log collector),
 * readable lines in development. `destination` is for tests.
 */
export function createLogger(options: { level: string; format: LogFormat; destination?: NodeJS.WritableStream }): Logger {
  const base = { level: options.level, base: { service: 'info-parquet' }, timestamp: pino.stdTimeFunctions.isoTime };
  if (options.format === 'pretty') {
    const stream = pretty({
      ...(options.destination ? { colorize: false, destination: options.destination as never } : {}),
      translateTime: 'SYS:HH:MM:ss',
      // The access line says it all in one line; the request id stays in JSON logs.
      ignore: 'pid,hostname,service,req,res,reqId,responseTime',
      messageFormat: '{msg}{if responseTime} ({responseTime} ms){end}',
      sync: true,
    });
    return pino(base, stream);
  }
  return options.destination ? pino(base, options.destination) : pino(base);
}

/** A tracking link is the sender's credential: its token never reaches the logs. */
export function loggableUrl(url: string): string {
  return url.replace(/(\/suivi\/)[^/?#]+/g, '$1…').replace(/([?&](?:token|code)=)[^&#]*/gi, '$1…');
}

/**
 * One access-log line per answer, with the request id (the `X-Request-Id` already chosen by
 * request-id.ts), method, path without secrets, status and duration; 5xx as errors, 4xx as
 * warnings. Never a cookie, a header or a body. Every line logged during the request through
 * `req.log` carries the same `reqId`.
 */
export function accessLog(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    // `req.log` lines carry only the request id (`reqId`), not the whole request again.
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'reqId' },
    genReqId: (_req: IncomingMessage, res: ServerResponse) => (res as ServerResponse & { locals?: { requestId?: string } }).locals?.requestId ?? '',
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    customSuccessMessage: (req, res) => `${req.method} ${loggableUrl(req.url ?? '')} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${loggableUrl(req.url ?? '')} ${res.statusCode}`,
    serializers: {
      req: (req: { id: unknown; method: string; url: string; remoteAddress?: string; raw?: { originalUrl?: string } }) => ({
        id: req.id,
        method: req.method,
        url: loggableUrl(req.raw?.originalUrl ?? req.url),
        remoteAddress: req.remoteAddress,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    // Health probes every few seconds would drown the log.
    autoLogging: { ignore: (req) => (req as IncomingMessage & { originalUrl?: string }).originalUrl === '/api/health' },
  }) as unknown as RequestHandler;
}
