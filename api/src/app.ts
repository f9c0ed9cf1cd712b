import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Sequelize } from 'sequelize';
import type { Pool } from 'pg';
import type { Config } from './config';
import { sessionMiddleware } from './http/session';
import { csrfProtection, loadUser } from './http/authenticate';
import { apiNotFound, errorHandler } from './http/error-handler';
import { authRoutes } from './auth/routes';
import { healthRoutes } from './health/routes';
import { publicRoutes } from './public/routes';
import { saisineRoutes } from './saisines/routes';
import { juridictionRoutes } from './juridictions/routes';
import { openApiDocument } from './openapi/document';
import { serveFrontends } from './frontends';

export interface AppDependencies {
  sequelize: Sequelize;
  /** The pool that stores sessions. */
  pool: Pool;
  config: Pick<Config, 'env' | 'publicUrl' | 'sessionIdleMinutes' | 'trustProxy' | 'logRequests'> & { sessionSecret: string };
  serveStatic?: boolean;
  log?: (error: unknown) => void;
}

/** Builds the whole HTTP application without listening: what supertest and the server share. */
export function createApp({ sequelize, pool, config, serveStatic = true, log = console.error }: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', 1);
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

  const api = express.Router();
  api.use(express.json({ limit: '1mb' }));
  api.use('/health', healthRoutes(sequelize));
  api.get('/openapi.json', (_req, res) => res.json(openApiDocument(config.publicUrl)));
  api.use('/public', publicRoutes(sequelize, config.publicUrl));
  api.use(
    sessionMiddleware({
      pool,
      secret: config.sessionSecret,
      idleMinutes: config.sessionIdleMinutes,
      secureCookie: config.env === 'production',
    }),
  );
  api.use(loadUser);
  api.use(csrfProtection);
  api.use('/auth', authRoutes());
  api.use('/saisines', saisineRoutes(sequelize));
  api.use('/juridictions', juridictionRoutes(sequelize));
  api.use(apiNotFound);
  api.use(errorHandler(log));
  app.use('/api', api);

  if (serveStatic) serveFrontends(app);
  return app;
}
