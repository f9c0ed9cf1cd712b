import path from 'node:path';
import { DEFAULT_PUBLIC_LIMITS, type PublicLimits } from './http/rate-limit';
import { DEFAULT_UPLOAD_CAPACITY, type UploadCapacity } from './saisines/attachments/upload-capacity';
import { parseDsn } from './observability/error-reporter';
import { DEFAULT_LEGAL, loadLegalSettings, type LegalSettings } from './legal/settings';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

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
  /** Where uploaded documents are stored (real files, streamed). */
  uploadDir: string;
  /** Mail relay; null (default mode) keeps mails in the outbox, unsent. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Minutes between two reminders to the permanence while an urgent referral is not taken into account. */
  urgenceRelanceMinutes: number;
  /** Per-IP limits of the anonymous entries (submission, upload, tracking page, messages). */
  publicLimits: PublicLimits;
  /** Pending upload quotas (per IP, overall) and the free disk space always kept. */
  uploadCapacity: UploadCapacity;
  security: SecuritySettings;
  /** pino's level (LOG_LEVEL) and form: JSON lines in production, readable lines otherwise (LOG_FORMAT). */
  logLevel: string;
  logFormat: 'json' | 'pretty';
  /** Errors (500s, unhandled rejections) sent to a Sentry-compatible service; null: none. */
  errorReportingDsn: string | null;
  /** The operator's facts on the legal pages (LEGAL_*, RETENTION_SAISINES_YEARS). */
  legal: LegalSettings;
}

/** Sign-in throttles, lock-out and session lifetime (README "Configuration"). */
export interface SecuritySettings {
  sessionAbsoluteHours: number;
  loginWindowMinutes: number;
  loginMaxPerAccount: number;
  loginMaxPerIp: number;
  lockoutThreshold: number;
  lockoutMinutes: number;
}

export const DEFAULT_SECURITY: SecuritySettings = {
  sessionAbsoluteHours: 12,
  loginWindowMinutes: 15,
  loginMaxPerAccount: 10,
  loginMaxPerIp: 50,
  lockoutThreshold: 6,
  lockoutMinutes: 30,
};

export class ConfigError extends Error {}

// Two levels up from this file (api/src) and from the production bundle (api/dist) alike.
const ROOT = path.resolve(__dirname, '..', '..');
const MB = 1024 * 1024;

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

function smtpUrl(env: NodeJS.ProcessEnv): string | null {
  const raw = env.SMTP_URL?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('SMTP_URL doit être une adresse smtp://hôte:port ou smtps://hôte:port.');
  }
  if (!['smtp:', 'smtps:'].includes(url.protocol) || !url.hostname) {
    throw new ConfigError('SMTP_URL doit être une adresse smtp://hôte:port ou smtps://hôte:port.');
  }
  return raw;
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
  const logLevel = env.LOG_LEVEL?.trim() || 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL doit valoir ${LOG_LEVELS.join(', ')}.`);
  const logFormat = env.LOG_FORMAT?.trim() || (nodeEnv === 'production' ? 'json' : 'pretty');
  if (logFormat !== 'json' && logFormat !== 'pretty') throw new ConfigError('LOG_FORMAT doit valoir json ou pretty.');
  const errorReportingDsn = env.ERROR_REPORTING_DSN?.trim() || null;
  if (errorReportingDsn) {
    try {
      parseDsn(errorReportingDsn);
    } catch (error) {
      throw new ConfigError((error as Error).message);
    }
  }
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
    uploadDir: path.resolve(ROOT, env.UPLOAD_DIR?.trim() || path.join(env.DATA_DIR?.trim() || '.data', 'uploads')),
    smtpUrl: smtpUrl(env),
    mailFrom: env.MAIL_FROM?.trim() || 'Info Parquet <ne-pas-repondre@info-parquet.justice.gouv.fr>',
    urgenceRelanceMinutes: integer(env, 'URGENCE_RELANCE_MINUTES', 60, 5, 24 * 60),
    publicLimits: {
      submissions: { limit: integer(env, 'PUBLIC_SUBMISSIONS_PER_HOUR', DEFAULT_PUBLIC_LIMITS.submissions.limit, 1, 1_000_000), minutes: 60 },
      uploads: { limit: integer(env, 'PUBLIC_UPLOADS_PER_HOUR', DEFAULT_PUBLIC_LIMITS.uploads.limit, 1, 1_000_000), minutes: 60 },
      suiviReads: { limit: integer(env, 'SUIVI_READS_PER_HOUR', DEFAULT_PUBLIC_LIMITS.suiviReads.limit, 1, 1_000_000), minutes: 60 },
      suiviMessages: { limit: integer(env, 'SUIVI_MESSAGES_PER_HOUR', DEFAULT_PUBLIC_LIMITS.suiviMessages.limit, 1, 1_000_000), minutes: 60 },
    },
    uploadCapacity: {
      pendingPerIpBytes: integer(env, 'UPLOAD_PENDING_PER_IP_MB', DEFAULT_UPLOAD_CAPACITY.pendingPerIpBytes / MB, 21, 1_000_000) * MB,
      pendingTotalBytes: integer(env, 'UPLOAD_PENDING_TOTAL_MB', DEFAULT_UPLOAD_CAPACITY.pendingTotalBytes / MB, 21, 100_000_000) * MB,
      diskReserveBytes: integer(env, 'UPLOAD_DISK_RESERVE_MB', DEFAULT_UPLOAD_CAPACITY.diskReserveBytes / MB, 0, 100_000_000) * MB,
    },
    logLevel,
    logFormat,
    errorReportingDsn,
    legal: loadLegalSettings(env, integer(env, 'RETENTION_SAISINES_YEARS', DEFAULT_LEGAL.conservationSaisinesAnnees, 1, 100)),
    security: {
      sessionAbsoluteHours: integer(env, 'SESSION_ABSOLUTE_HOURS', DEFAULT_SECURITY.sessionAbsoluteHours, 1, 24 * 30),
      loginWindowMinutes: integer(env, 'LOGIN_WINDOW_MINUTES', DEFAULT_SECURITY.loginWindowMinutes, 1, 24 * 60),
      loginMaxPerAccount: integer(env, 'LOGIN_MAX_PER_ACCOUNT', DEFAULT_SECURITY.loginMaxPerAccount, 1, 10_000),
      loginMaxPerIp: integer(env, 'LOGIN_MAX_PER_IP', DEFAULT_SECURITY.loginMaxPerIp, 1, 1_000_000),
      lockoutThreshold: integer(env, 'LOCKOUT_THRESHOLD', DEFAULT_SECURITY.lockoutThreshold, 1, 100),
      lockoutMinutes: integer(env, 'LOCKOUT_MINUTES', DEFAULT_SECURITY.lockoutMinutes, 1, 7 * 24 * 60),
    },
  };
}

export const PROJECT_ROOT = ROOT;
