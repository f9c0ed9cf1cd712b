import fs from 'node:fs';
import type { ConnectionOptions } from 'node:tls';

/**
 * TLS to PostgreSQL from `DATABASE_URL`'s `sslmode` (and `sslrootcert`), read the same way for
 * every connection of the process (the one pool, the LISTEN connection included), as libpq
 * reads them: `disable` no TLS; `require` (or `prefer`, `no-verify`) encrypted without checking
 * the certificate; `verify-ca` / `verify-full` encrypted and checked (against `sslrootcert` when
 * given, the system's authorities otherwise). A managed PostgreSQL usually asks for one of them.
 */
export function postgresConnection(databaseUrl: string): { connectionString: string; ssl: false | ConnectionOptions } {
  const url = new URL(databaseUrl);
  const mode = url.searchParams.get('sslmode');
  const rootCert = url.searchParams.get('sslrootcert');
  for (const key of ['sslmode', 'sslrootcert', 'sslcert', 'sslkey', 'ssl']) url.searchParams.delete(key);
  const connectionString = url.toString();
  switch (mode) {
    case null:
    case 'disable':
      return { connectionString, ssl: false };
    case 'allow':
    case 'prefer':
    case 'require':
    case 'no-verify':
      return { connectionString, ssl: { rejectUnauthorized: false } };
    case 'verify-ca':
    case 'verify-full':
      return { connectionString, ssl: { rejectUnauthorized: true, ...(rootCert ? { ca: fs.readFileSync(rootCert) } : {}) } };
    default:
      throw new Error(`sslmode inconnu dans DATABASE_URL : ${mode} (disable, require, verify-ca ou verify-full).`);
  }
}
