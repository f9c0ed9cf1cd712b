import { randomUUID } from 'node:crypto';

/**
 * Errors sent to an error-tracking service that speaks Sentry's protocol (Sentry, GlitchTip…),
 * from its DSN (`ERROR_REPORTING_DSN=https://<clé>@<hôte>/<projet>`): one HTTP envelope per
 * error, never blocking an answer, never throwing. Without a DSN, nothing leaves the server.
 */
export interface ErrorReporter {
  capture(error: unknown, context?: { requestId?: string; method?: string; url?: string }): Promise<void>;
}

export const NO_REPORTING: ErrorReporter = { capture: async () => undefined };

export function parseDsn(dsn: string): { endpoint: string; key: string } {
  const url = new URL(dsn);
  const project = url.pathname.replace(/^\/+|\/+$/g, '');
  if (!url.username || !project || !/^https?:$/.test(url.protocol)) {
    throw new Error('ERROR_REPORTING_DSN doit être de la forme https://<clé>@<hôte>/<projet>.');
  }
  const prefix = project.includes('/') ? `/${project.slice(0, project.lastIndexOf('/'))}` : '';
  const id = project.split('/').pop();
  return { endpoint: `${url.protocol}//${url.host}${prefix}/api/${id}/envelope/`, key: decodeURIComponent(url.username) };
}

export function createErrorReporter(dsn: string | null, options: { environment: string; onFailure?: (message: string) => void }): ErrorReporter {
  if (!dsn) return NO_REPORTING;
  const { endpoint, key } = parseDsn(dsn);
  return {
    async capture(error, context = {}) {
      const eventId = randomUUID().replace(/-/g, '');
      const err = error instanceof Error ? error : new Error(String(error));
      const event = {
        event_id: eventId,
        timestamp: Date.now() / 1000,
        platform: 'node',
        level: 'error',
        environment: options.environment,
        server_name: 'info-parquet',
        exception: { values: [{ type: err.name, value: err.message, stacktrace: { frames: stackFrames(err) } }] },
        tags: context.requestId ? { request_id: context.requestId } : {},
        request: context.method ? { method: context.method, url: context.url } : undefined,
      };
      const body = [JSON.stringify({ event_id: eventId, sent_at: new Date().toISOString() }), JSON.stringify({ type: 'event' }), JSON.stringify(event)].join('\n');
      try {
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/x-sentry-envelope',
            'X-Sentry-Auth': `Sentry sentry_version=7, sentry_key=${key}, sentry_client=info-parquet/1.0`,
          },
          body,
          signal: AbortSignal.timeout(5_000),
        });
        if (!response.ok) options.onFailure?.(`Signalement d’erreur refusé : HTTP ${response.status}`);
      } catch (failure) {
        options.onFailure?.(`Signalement d’erreur impossible : ${(failure as Error).message}`);
      }
    },
  };
}

/** Sentry wants the frames oldest first. */
function stackFrames(error: Error) {
  return (error.stack ?? '')
    .split('\n')
    .slice(1)
    .map((line) => line.trim().match(/^at (?:(.+?) \()?(.+?):(\d+):(\d+)\)?$/))
    .filter((match): match is RegExpMatchArray => match !== null)
    .map(([, fn, file, line, column]) => ({ function: fn ?? '?', filename: file, lineno: Number(line), colno: Number(column) }))
    .reverse();
}
