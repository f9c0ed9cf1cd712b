// `npm run import:routage -- <fichier.csv>`: loads the Ministry's commune -> court table.
import { openDatabase } from '../../db/open-database';
import { importRoutage, RoutageFileError } from './import-routage';
import { referenceDataLoaded, seedReferenceData } from './seed-reference-data';

const number = (value: number) => value.toLocaleString('fr-FR').replace(/\u202f|\u00a0/g, ' ');

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file || file.startsWith('-')) {
    console.error('Usage : npm run import:routage -- <fichier.csv>\n' +
      '  Fichier : « Liste des juridictions compétentes pour les communes de France » (data.gouv.fr), séparateur « ; ».');
    return 2;
  }
  const log = (line: string) => console.log(line);
  const database = await openDatabase(log);
  try {
    if (!(await referenceDataLoaded(database.db))) {
      log('Les communes et juridictions ne sont pas encore chargées : chargement des données de référence…');
      await seedReferenceData(database.db);
    }
    const report = await importRoutage(database.db, file);
    log(`Fichier lu (${report.encoding}) : ${number(report.rows)} lignes.`);
    log(`  Communes routées (source « ministere ») : ${number(report.imported)}`);
    log(`  Communes inconnues du code officiel géographique : ${number(report.unknownCommunes.count)}`);
    for (const example of report.unknownCommunes.examples) log(`    ${example.code} ${example.libelle}`);
    log(`  Lignes dont le tribunal n’a pas été reconnu : ${number(report.unknownCourts.count)}`);
    for (const court of report.unknownCourts.labels) log(`    « ${court.label || '(vide)'} » : ${number(court.rows)} ligne(s)`);
    if (report.duplicates > 0) log(`  Communes présentes plusieurs fois (dernière ligne retenue) : ${number(report.duplicates)}`);
    return 0;
  } catch (error) {
    if (error instanceof RoutageFileError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
