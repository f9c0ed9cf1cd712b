import path from 'node:path';

/** Every setting of the product, read and checked once at start-up (README "Configuration"). */
export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Where the embedded PostgreSQL, uploads and generated secrets live in default mode. */
  dataDir: string;
  databaseUrl: string | null;
  embeddedPgPort: number;
  sessionSecret: string | null;
  sessionIdleMinutes: number;
  publicUrl: string;
  seedDemo: boolean;
  demoSaisines: number;
  trustProxy: boolean;
  logRequests: boolean;
}

export class ConfigError extends Error {}

const ROOT = path.resolve(__dirname, '..', '..');

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0, max = 65_535_000): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} doit être un entier entre ${min} et ${max} (reçu : « ${raw} »).`);
  }
  return value;
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'oui', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'non', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name} doit valoir true ou false (reçu : « ${env[name]} »).`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  const sessionSecret = env.SESSION_SECRET?.trim() || null;
  if (nodeEnv === 'production') {
    if (!databaseUrl) throw new ConfigError('DATABASE_URL est obligatoire en production.');
    if (!sessionSecret || sessionSecret.length < 32) {
      throw new ConfigError('SESSION_SECRET (32 caractères au moins) est obligatoire en production.');
    }
  }
  const host = env.HOST?.trim() || (nodeEnv === 'production' ? '0.0.0.0' : '127.0.0.1');
  return {
    env: nodeEnv,
    port,
    host,
    dataDir: path.resolve(ROOT, env.DATA_DIR?.trim() || '.data'),
    databaseUrl,
    embeddedPgPort: integer(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
    sessionSecret,
    sessionIdleMinutes: integer(env, 'SESSION_IDLE_MINUTES', 60, 1, 24 * 60),
    publicUrl: (env.PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/$/, ''),
    // Demo data is never seeded in production, whatever SEED_DEMO says.
    seedDemo: nodeEnv !== 'production' && boolean(env, 'SEED_DEMO', !databaseUrl),
    demoSaisines: integer(env, 'DEMO_SAISINES', 3000, 0, 2_000_000),
    trustProxy: boolean(env, 'TRUST_PROXY', false),
    logRequests: boolean(env, 'LOG_REQUESTS', nodeEnv !== 'test'),
  };
}

export const PROJECT_ROOT = ROOT;
