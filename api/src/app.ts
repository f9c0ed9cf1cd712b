import { indicatorRoutes, publicStatisticsRoutes } from './indicateurs/routes';
import express, { type Express } from 'express';
import { jsonGuard, urlGuard } from './http/json-guard';
import { requestId } from './http/request-id';
import { DEFAULT_PUBLIC_LIMITS, type PublicLimits } from './http/rate-limit';
import { DEFAULT_UPLOAD_CAPACITY, type UploadCapacity } from './saisines/attachments/upload-capacity';
import helmet from 'helmet';
import type { Database } from './db/database';
import path from 'node:path';
import { DEFAULT_SECURITY, PROJECT_ROOT, type Config, type SecuritySettings } from './config';
import { sessionMiddleware } from './http/session';
import { createLoadUser, csrfProtection } from './http/authenticate';
import { apiNotFound, errorHandler } from './http/error-handler';
import { authRoutes } from './accounts/auth/routes';
import { healthRoutes } from './health/routes';
import type { Logger } from 'pino';
import { accessLog } from './observability/logger';
import { compressAnswers } from './http/compress';
import type { ErrorReporter } from './observability/error-reporter';
import type { WorkerHealth } from './jobs/worker-health';
import { publicSubmissionRoutes } from './saisines/submission/public-routes';
import { suiviRoutes } from './suivi/routes';
import { publicReferenceDataRoutes } from './reference-data/public-routes';
import { saisineRoutes } from './saisines/routes';
import { juridictionRoutes } from './reference-data/juridictions/routes';
import { userRoutes } from './accounts/users/routes';
import { pieceJointeRoutes, publicPieceJointeRoutes } from './saisines/attachments/routes';
import { outboxRoutes } from './mail/routes';
import { configureMailSecrets } from './mail/mail-secrets';
import { legalRoutes } from './legal/routes';
import { DEFAULT_LEGAL, type LegalSettings } from './legal/settings';
import { administrationRoutes } from './reference-data/administrations/routes';
import { referenceChangeRoutes } from './reference-data/juridictions/reference-changes-routes';
import { userUnlockRoutes } from './accounts/users/unlock-routes';
import { securityEventRoutes } from './accounts/security/routes';
import { securityLogContext } from './accounts/security/security-log-context';
import { openApiDocument } from './openapi/document';
import { serveFrontends } from './frontends';
import { preferenceRoutes } from './accounts/preferences/routes';
import { eventRoutes } from './live/routes';
import { createLiveHub } from './live/live-hub';

export interface AppDependencies {
  db: Database;
  config: Pick<Config, 'env' | 'publicUrl' | 'sessionIdleMinutes' | 'trustProxy'> & {
    sessionSecret: string;
    /** Where uploads are stored; the default of UPLOAD_DIR when missing. */
    uploadDir?: string;
    /** Sign-in limits, lock-out, absolute session lifetime; DEFAULT_SECURITY for what is missing. */
    security?: Partial<SecuritySettings>;
    /** Per-IP limits of the anonymous entries; DEFAULT_PUBLIC_LIMITS for what is missing. */
    publicLimits?: Partial<PublicLimits>;
    /** Pending upload quotas and the disk reserve; DEFAULT_UPLOAD_CAPACITY for what is missing. */
    uploadCapacity?: Partial<UploadCapacity>;
    /** The legal pages' facts; DEFAULT_LEGAL when missing. */
    legal?: LegalSettings;
  };
  serveStatic?: boolean;
  log?: (error: unknown) => void;
  /** Access log and request-scoped error lines (none in tests unless given). */
  logger?: Logger;
  /** Where 500s are reported (a Sentry-compatible service), none by default. */
  reporter?: ErrorReporter;
  /** The background loops of the process, checked by `/api/health`. */
  workers?: WorkerHealth;
}

/** Builds the whole HTTP application without listening: what supertest and the server share. */
export function createApp({ db, config, serveStatic = true, log = console.error, logger, reporter, workers }: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', 1);
  app.use(requestId);
  if (logger) app.use(accessLog(logger));
  app.use(compressAnswers);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'font-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'upgrade-insecure-requests': config.env === 'production' ? [] : null,
        },
      },
    }),
  );

  // Mails' secrets (tracking links) are sealed with a key derived from the session secret.
  configureMailSecrets(config.sessionSecret);
  const api = express.Router();
  api.use(express.json({ limit: '1mb' }));
  api.use(urlGuard);
  api.use(jsonGuard);

  api.get('/openapi.json', (_req, res) => res.json(openApiDocument(config.publicUrl)));
  const publicLimits = { ...DEFAULT_PUBLIC_LIMITS, ...config.publicLimits };
  api.use('/public', publicSubmissionRoutes(db, config.publicUrl, publicLimits.submissions));
  api.use('/public', suiviRoutes(db, config.publicUrl, publicLimits));
  api.use('/public', publicReferenceDataRoutes(db));
  api.use('/public', legalRoutes(config.legal ?? DEFAULT_LEGAL));
  const uploadDir = config.uploadDir ?? path.resolve(PROJECT_ROOT, '.data', 'uploads');
  const uploadCapacity = { ...DEFAULT_UPLOAD_CAPACITY, ...config.uploadCapacity };
  api.use('/health', healthRoutes(db, { uploadDir, diskReserveBytes: uploadCapacity.diskReserveBytes, workers }));
  api.use('/public', publicPieceJointeRoutes(db, uploadDir, publicLimits.uploads, uploadCapacity));
  api.use('/public', publicStatisticsRoutes(db));
  api.use(
    sessionMiddleware({
      db,
      secret: config.sessionSecret,
      idleMinutes: config.sessionIdleMinutes,
      secureCookie: config.env === 'production',
    }),
  );
  const security = { ...DEFAULT_SECURITY, ...config.security };
  api.use(securityLogContext(db));
  api.use(createLoadUser({ db, absoluteHours: security.sessionAbsoluteHours }));
  api.use(csrfProtection);
  api.use('/auth', authRoutes({ db, settings: security, sessionSecret: config.sessionSecret, publicUrl: config.publicUrl }));
  api.use('/saisines', pieceJointeRoutes(db, uploadDir));
  api.use('/saisines', saisineRoutes(db, config.publicUrl));
  api.use('/outbox', outboxRoutes(db));
  api.use('/preferences', preferenceRoutes(db));
  api.use('/events', eventRoutes(createLiveHub(db, (line) => log(new Error(line)))));
  api.use('/juridictions', juridictionRoutes(db));
  api.use('/administrations', administrationRoutes(db));
  api.use('/reference-changes', referenceChangeRoutes(db));
  api.use('/users', userUnlockRoutes(db));
  api.use('/users', userRoutes(db, config.publicUrl));
  api.use('/security-events', securityEventRoutes(db));
  api.use('/indicators', indicatorRoutes(db));
  api.use(apiNotFound);
  api.use(errorHandler(log, reporter));
  app.use('/api', api);

  if (serveStatic) serveFrontends(app);
  return app;
}
