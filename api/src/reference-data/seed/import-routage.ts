import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Database } from '../../db/database';
import { bulkInsert } from '../../db/bulk-insert';
import { CourtNameMatcher, type CourtName } from './court-names';
import { decodeText, type TextEncoding } from './decode-text';
import { searchKey } from './text';

/**
 * Imports the Ministry of Justice's official commune -> court table ("Liste des juridictions
 * compétentes pour les communes de France", data.gouv.fr, see seeders/data/SOURCE.md) into
 * routage_communes with `source = 'ministere'`, which then wins over the seeded Tableau IV rows.
 */

export const OFFICIAL_COLUMNS = [
  'Commune',
  'Libellé Commune',
  'Orig. CA',
  'N° CA',
  "Cour d'Appel compétente",
  'Orig. TJ',
  'N° TJ',
  'Tribunal judiciaire compétent',
  'Orig. TPRX',
  'N° TPRX',
  'Tribunal de proximité compétent',
  'Orig. CPH',
  'N° CPH',
  "Conseil de Prud'hommes compétent",
] as const;

const REQUIRED_COLUMNS = ['Commune', 'Libellé Commune', 'Tribunal judiciaire compétent'] as const;

export const MINISTERE_FONDEMENT = 'Liste des juridictions compétentes pour les communes de France (ministère de la Justice)';

export interface ImportRoutageReport {
  encoding: TextEncoding;
  /** Data rows read (header excluded, blank lines skipped). */
  rows: number;
  imported: number;
  unknownCommunes: { count: number; examples: Array<{ code: string; libelle: string }> };
  unknownCourts: { count: number; labels: Array<{ label: string; rows: number }> };
  /** Rows that repeat a commune already seen in the file (the last one wins). */
  duplicates: number;
}

export class RoutageFileError extends Error {}

const columnKey = (name: string) => searchKey(name.replace(/n°/gi, 'numero'));

/** INSEE codes typed in Excel lose their leading zero: "1001" is 01001. */
function normaliseInsee(value: string): string {
  const code = value.trim().toUpperCase();
  return /^\d{4}$/.test(code) ? code.padStart(5, '0') : code;
}

function readSource(source: string | Buffer): Buffer {
  if (Buffer.isBuffer(source)) return source;
  // A string with a line break is the file's content; otherwise it is a path.
  if (/[\r\n]/.test(source)) return Buffer.from(source, 'utf8');
  if (!fs.existsSync(source)) throw new RoutageFileError(`Fichier introuvable : ${source}`);
  return fs.readFileSync(source);
}

function headerIndexes(header: string[]): Record<(typeof REQUIRED_COLUMNS)[number], number> {
  const keys = header.map(columnKey);
  const missing = REQUIRED_COLUMNS.filter((column) => !keys.includes(columnKey(column)));
  if (missing.length > 0) {
    const separatorHint = header.length === 1 && /[,\t]/.test(header[0]) ? ' Le séparateur doit être le point-virgule « ; ».' : '';
    throw new RoutageFileError(
      'Fichier refusé : ce n’est pas le tableau officiel « Liste des juridictions compétentes pour les communes de France ». ' +
        `Colonnes manquantes : ${missing.map((column) => `« ${column} »`).join(', ')}.${separatorHint} ` +
        `En-tête attendu : ${OFFICIAL_COLUMNS.join(';')}`,
    );
  }
  const indexOf = (column: string) => keys.indexOf(columnKey(column));
  return {
    Commune: indexOf('Commune'),
    'Libellé Commune': indexOf('Libellé Commune'),
    'Tribunal judiciaire compétent': indexOf('Tribunal judiciaire compétent'),
  };
}

/**
 * Reads the file (a path, or its content as a string with line breaks or a Buffer; UTF-8 with
 * or without BOM, or Windows-1252/Latin-1), maps each court name to our juridiction ids and
 * upserts the rows in one transaction. A file with the wrong header is refused (RoutageFileError).
 */
export async function importRoutage(db: Database, source: string | Buffer): Promise<ImportRoutageReport> {
  const { text, encoding } = decodeText(readSource(source));
  const records = parse(text, { delimiter: ';', relax_column_count: true, relax_quotes: true, skip_empty_lines: true, bom: true }) as string[][];
  if (records.length === 0) throw new RoutageFileError('Fichier refusé : il est vide.');
  const columns = headerIndexes(records[0]);

  const [courts] = await db.query("SELECT id, type, nom, siege FROM juridictions WHERE type IN ('TJ', 'TPI')");
  const matcher = new CourtNameMatcher(courts as CourtName[]);
  const [communeRows] = await db.query('SELECT code_insee FROM communes');
  const communes = new Set((communeRows as Array<{ code_insee: string }>).map((row) => row.code_insee));

  const report: ImportRoutageReport = {
    encoding,
    rows: 0,
    imported: 0,
    unknownCommunes: { count: 0, examples: [] },
    unknownCourts: { count: 0, labels: [] },
    duplicates: 0,
  };
  const unknownCourtRows = new Map<string, number>();
  const routes = new Map<string, string>();
  for (const record of records.slice(1)) {
    if (record.every((cell) => cell.trim() === '')) continue;
    report.rows += 1;
    const code = normaliseInsee(record[columns.Commune] ?? '');
    const label = (record[columns['Tribunal judiciaire compétent']] ?? '').trim();
    if (!communes.has(code)) {
      report.unknownCommunes.count += 1;
      if (report.unknownCommunes.examples.length < 20) {
        report.unknownCommunes.examples.push({ code, libelle: (record[columns['Libellé Commune']] ?? '').trim() });
      }
      continue;
    }
    const juridictionId = matcher.match(label);
    if (!juridictionId) {
      report.unknownCourts.count += 1;
      unknownCourtRows.set(label, (unknownCourtRows.get(label) ?? 0) + 1);
      continue;
    }
    if (routes.has(code)) report.duplicates += 1;
    routes.set(code, juridictionId);
  }
  report.unknownCourts.labels = [...unknownCourtRows].map(([label, rows]) => ({ label, rows })).sort((a, b) => b.rows - a.rows);

  const rows = [...routes].map(([commune_insee, juridiction_id]) => ({
    commune_insee,
    juridiction_id,
    source: 'ministere',
    fondement: MINISTERE_FONDEMENT,
  }));
  await db.transaction(async (transaction) => {
    await bulkInsert(
      db,
      'routage_communes',
      { commune_insee: 'text', juridiction_id: 'text', source: 'text', fondement: 'text' },
      rows,
      {
        transaction,
        batchSize: 5000,
        onConflict: `ON CONFLICT (commune_insee) DO UPDATE SET juridiction_id = EXCLUDED.juridiction_id,
          source = EXCLUDED.source, fondement = EXCLUDED.fondement, updated_at = now()`,
      },
    );
  });
  report.imported = rows.length;
  return report;
}
