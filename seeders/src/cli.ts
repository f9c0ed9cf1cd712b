// `npm run seed -- --saisines N [--seed S]`: reference data, demo accounts, then N demo referrals.
import { STATUS_LABELS, SAISINE_STATUSES } from '@info-parquet/common';
import { openDatabase } from '@info-parquet/api/src/db/open-database';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoAccounts } from './demo-accounts';
import { DEFAULT_SEED, generateSaisines } from './demo-saisines';
import { seedReferenceData } from '@info-parquet/api/src/reference-data/seed/seed-reference-data';

const USAGE = `Usage : npm run seed -- [--saisines N] [--seed S]
  --saisines N   nombre de saisines de démonstration à ajouter (3000 par défaut, 0 pour aucune)
  --seed S       graine du générateur (par défaut : dépend du nombre de saisines déjà présentes)`;

interface Options {
  saisines: number;
  seed: number | null;
}

function parseArguments(argv: string[]): Options {
  const options: Options = { saisines: 3000, seed: null };
  for (let i = 0; i < argv.length; i += 1) {
    const name = argv[i];
    const value = argv[i + 1];
    const integer = () => {
      if (value === undefined || !/^\d+$/.test(value)) throw new Error(`${name} attend un nombre entier positif.\n${USAGE}`);
      i += 1;
      return Number(value);
    };
    if (name === '--saisines') options.saisines = integer();
    else if (name === '--seed') options.seed = integer();
    else if (name === '--help' || name === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`Option inconnue : ${name}\n${USAGE}`);
  }
  return options;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1).replace('.', ',')} s`;
const number = (value: number) => value.toLocaleString('fr-FR').replace(/\u202f|\u00a0/g, ' ');

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  const log = (line: string) => console.log(line);
  const database = await openDatabase(log);
  const { db } = database;
  try {
    log(`Base utilisée : ${database.description}.`);
    const reference = await seedReferenceData(db);
    log(
      `Données de référence : ${reference.juridictions} juridictions, ${reference.departements} départements, ` +
        `${number(reference.communes)} communes, ${reference.routageCommunes} routages, ` +
        `${reference.administrations} administrations (${seconds(reference.durationMs)}).`,
    );
    if (database.production) {
      log('NODE_ENV=production : les comptes et saisines de démonstration ne sont jamais créés en production.');
      return;
    }
    const accounts = await seedDemoAccounts(db);
    log(`Comptes de démonstration : ${accounts.created} créés, ${accounts.existing} déjà présents.`);
    if (options.saisines === 0) return;

    const [[{ existing }]] = (await db.query('SELECT count(*)::int AS existing FROM saisines')) as [[{ existing: number }], unknown];
    const seed = options.seed ?? DEFAULT_SEED + existing;
    log(`Génération de ${number(options.saisines)} saisines (graine ${seed}, ${number(existing)} déjà présentes)…`);
    let lastShown = 0;
    const report = await generateSaisines(db, {
      count: options.saisines,
      seed,
      onProgress: (done, total) => {
        if (process.stdout.isTTY) process.stdout.write(`\r  ${number(done)} / ${number(total)} (${Math.round((done * 100) / total)} %)`);
        else if (done === total || done - lastShown >= total / 10) {
          lastShown = done;
          log(`  ${number(done)} / ${number(total)}`);
        }
      },
    });
    if (process.stdout.isTTY) process.stdout.write('\n');
    // `npm start` then knows that demo data exists and does not add its own.
    await db.query(
      `INSERT INTO app_settings (key, value) VALUES ('demo_data_seeded_at', to_jsonb(now()::text)) ON CONFLICT (key) DO NOTHING`,
    );
    log(`${number(report.count)} saisines créées en ${seconds(report.durationMs)} (${number(report.events)} événements, ${number(report.persons)} personnes) :`);
    for (const status of SAISINE_STATUSES) log(`  ${STATUS_LABELS[status].padEnd(20)} ${number(report.byStatus[status])}`);
    log(`  dont urgentes        ${number(report.urgent)}`);
    for (const [year, range] of Object.entries(report.references)) log(`Références ${year} : ${range.first} à ${range.last}`);
    log(`Comptes (mot de passe « ${DEMO_PASSWORD} ») : ${DEMO_ACCOUNTS.map((account) => account.email).join(', ')}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
