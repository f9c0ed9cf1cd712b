import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { postgresConnection } from '../src/db/connection-options';

/** DATABASE_URL's sslmode read as libpq reads it, for every connection (the real TLS path: test:production). */
describe('TLS to PostgreSQL from DATABASE_URL', () => {
  const base = 'postgres://info_parquet:secret@db.example.net:5432/info_parquet';

  test('no sslmode, or disable: no TLS; the URL reaches the driver unchanged otherwise', () => {
    expect(postgresConnection(base)).toEqual({ connectionString: base, ssl: false });
    expect(postgresConnection(`${base}?sslmode=disable&application_name=api`)).toEqual({ connectionString: `${base}?application_name=api`, ssl: false });
  });

  test('require: encrypted, certificate not checked; verify-full: checked against sslrootcert', () => {
    expect(postgresConnection(`${base}?sslmode=require`)).toEqual({ connectionString: base, ssl: { rejectUnauthorized: false } });
    const ca = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ca-')), 'root.crt');
    fs.writeFileSync(ca, '-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----\n');
    const verified = postgresConnection(`${base}?sslmode=verify-full&sslrootcert=${encodeURIComponent(ca)}`);
    expect(verified.connectionString).toBe(base);
    expect(verified.ssl).toEqual({ rejectUnauthorized: true, ca: fs.readFileSync(ca) });
    expect(postgresConnection(`${base}?sslmode=verify-ca`).ssl).toEqual({ rejectUnauthorized: true });
  });

  test('an unknown mode stops the start with a French message', () => {
    expect(() => postgresConnection(`${base}?sslmode=toujours`)).toThrow('sslmode inconnu dans DATABASE_URL : toujours');
  });
});
