import type { Database, Transaction } from '../../db/database';
import { bulkInsert } from '../../db/bulk-insert';
import { readCogCommunes } from './cog';
import { readCommunesSieges } from './data-files';
import { searchKey } from './text';

export interface CommunesSeedReport {
  communes: number;
  /** Communes left out because their department is not in the courts' map (Clipperton). */
  skipped: string[];
  routage: number;
}

export async function seedCommunes(
  db: Database,
  transaction: Transaction,
  departementCodes: ReadonlySet<string>,
): Promise<CommunesSeedReport> {
  const skipped: string[] = [];
  const rows: Array<Record<string, unknown>> = [];
  for (const commune of readCogCommunes()) {
    if (!commune.departement || !departementCodes.has(commune.departement)) {
      skipped.push(commune.code);
      continue;
    }
    rows.push({
      code_insee: commune.code,
      nom: commune.nom,
      departement_code: commune.departement,
      codes_postaux: commune.codesPostaux ?? [],
      population: commune.population ?? null,
      nom_recherche: searchKey(commune.nom),
    });
  }
  await bulkInsert(
    db,
    'communes',
    {
      code_insee: 'text',
      nom: 'text',
      departement_code: 'text',
      codes_postaux: 'text[]',
      population: 'integer',
      nom_recherche: 'text',
    },
    rows,
    {
      transaction,
      batchSize: 5000,
      // Only rewrite rows that changed: a second run touches nothing.
      onConflict: `ON CONFLICT (code_insee) DO UPDATE SET nom = EXCLUDED.nom,
        departement_code = EXCLUDED.departement_code, codes_postaux = EXCLUDED.codes_postaux,
        population = EXCLUDED.population, nom_recherche = EXCLUDED.nom_recherche
        WHERE (communes.nom, communes.departement_code, communes.codes_postaux, communes.population, communes.nom_recherche)
          IS DISTINCT FROM (EXCLUDED.nom, EXCLUDED.departement_code, EXCLUDED.codes_postaux, EXCLUDED.population, EXCLUDED.nom_recherche)`,
    },
  );
  const routage = await seedRoutageTableauIv(db, transaction);
  return { communes: rows.length, skipped, routage };
}

/**
 * Court seats, chamber seats and arrondissements municipaux (Tableau IV). A row that came
 * from the Ministry's official table (`source = 'ministere'`) is authoritative and kept.
 */
async function seedRoutageTableauIv(db: Database, transaction: Transaction): Promise<number> {
  const rows = readCommunesSieges().map((row) => ({
    commune_insee: row.commune_code_insee,
    juridiction_id: row.tj_id,
    source: 'tableau-iv',
    fondement: row.fondement,
  }));
  await bulkInsert(
    db,
    'routage_communes',
    { commune_insee: 'text', juridiction_id: 'text', source: 'text', fondement: 'text' },
    rows,
    {
      transaction,
      onConflict: `ON CONFLICT (commune_insee) DO UPDATE SET juridiction_id = EXCLUDED.juridiction_id,
        fondement = EXCLUDED.fondement, updated_at = now()
        WHERE routage_communes.source = 'tableau-iv'
          AND (routage_communes.juridiction_id, routage_communes.fondement)
            IS DISTINCT FROM (EXCLUDED.juridiction_id, EXCLUDED.fondement)`,
    },
  );
  return rows.length;
}
