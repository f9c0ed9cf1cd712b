import type { Database, Transaction } from '../../db/database';
import { ADMINISTRATIONS } from './administrations-list';
import { bulkInsert } from '../../db/bulk-insert';
import { seedCommunes } from './communes-seed';
import { seedDepartements, seedJuridictions } from './juridictions-seed';

export interface ReferenceDataReport {
  juridictions: number;
  departements: number;
  communes: number;
  routageCommunes: number;
  administrations: number;
  durationMs: number;
}

async function seedAdministrations(db: Database, transaction: Transaction): Promise<number> {
  const rows = ADMINISTRATIONS.map((administration) => ({
    nom: administration.nom,
    kind: administration.kind,
    departement_code: administration.departementCode,
  }));
  await bulkInsert(db, 'administrations', { nom: 'text', kind: 'text', departement_code: 'text' }, rows, {
    transaction,
    onConflict: `ON CONFLICT (kind, nom) DO UPDATE SET departement_code = EXCLUDED.departement_code
      WHERE administrations.departement_code IS DISTINCT FROM EXCLUDED.departement_code`,
  });
  return rows.length;
}

/**
 * Courts (TJ, TPI, specialised parquets), departments, communes, the commune -> court routing
 * known from Tableau IV, and the demo administrations. Idempotent: every row is an upsert, so
 * running it again changes nothing (and keeps what administrators edited, see juridictions-seed).
 * One transaction: a failure leaves the database as it was.
 */
export async function seedReferenceData(db: Database): Promise<ReferenceDataReport> {
  const started = Date.now();
  return db.transaction(async (transaction) => {
    const juridictions = await seedJuridictions(db, transaction);
    const departementCodes = await seedDepartements(db, transaction);
    const communes = await seedCommunes(db, transaction, departementCodes);
    const administrations = await seedAdministrations(db, transaction);
    return {
      juridictions,
      departements: departementCodes.size,
      communes: communes.communes,
      routageCommunes: communes.routage,
      administrations,
      durationMs: Date.now() - started,
    };
  });
}

/** Whether the communes (and with them the courts) have been loaded at least once. */
export async function referenceDataLoaded(db: Database): Promise<boolean> {
  const [[row]] = await db.query<{ loaded: boolean }>('SELECT EXISTS (SELECT 1 FROM communes) AS loaded');
  return row.loaded;
}
