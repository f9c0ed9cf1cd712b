import fs from 'node:fs';
import path from 'node:path';

/**
 * The shape the API keeps (README « Architecture »): HTTP code and SQL never meet in one file —
 * routes and other express adapters call use-case functions, which own their SQL — and the API
 * never imports the demo generator (seeders depends on the API, not the other way round); files
 * stay small enough to read (300 lines at most; the OpenAPI document is assembled from each
 * module's part).
 */
const SRC = path.resolve(__dirname, '..', 'src');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const files = sources(SRC).map((file) => ({ file: path.relative(SRC, file), text: fs.readFileSync(file, 'utf8') }));
const importsExpress = (text: string) => /from '(express|express-serve-static-core)'/.test(text);
const runsSql = (text: string) => /\b(db|pool|client)\.query\b/.test(text);

test('the source tree is read (the rules below are not vacuous)', () => {
  expect(files.length).toBeGreaterThan(100);
  expect(files.filter(({ text }) => importsExpress(text)).length).toBeGreaterThan(20);
  expect(files.filter(({ text }) => runsSql(text)).length).toBeGreaterThan(20);
});

test('one database layer: one pg pool, created in db/database.ts, and no ORM', () => {
  expect(files.filter(({ text }) => /new (pg\.)?(Pool|Client)\(/.test(text)).map(({ file }) => file)).toEqual([path.join('db', 'database.ts')]);
  expect(files.filter(({ text }) => /from '(sequelize|typeorm|knex|@prisma\/client)'/.test(text)).map(({ file }) => file)).toEqual([]);
});

test('no file both speaks HTTP (express) and runs SQL', () => {
  expect(files.filter(({ text }) => importsExpress(text) && runsSql(text)).map(({ file }) => file)).toEqual([]);
});

test('route files hold no SQL', () => {
  expect(files.filter(({ file, text }) => /routes\.ts$/.test(file) && /\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b/.test(text)).map(({ file }) => file)).toEqual([]);
});

test('the API never imports the demo generator', () => {
  expect(files.filter(({ text }) => /from '(@info-parquet\/seeders|(\.\.\/)+seeders)/.test(text) || /import\('@info-parquet\/seeders/.test(text)).map(({ file }) => file)).toEqual([]);
});

test('no source file is longer than 300 lines', () => {
  expect(files.filter(({ text }) => text.split('\n').length > 300).map(({ file }) => file)).toEqual([]);
});

/** The modules whose SQL already lives in one data-access file (`*-repository.ts` or `queries.ts`). */
const MODULES_WITH_ONE_DATA_FILE = ['suivi', 'mail', 'indicateurs', 'reference-data', 'accounts', 'jobs', 'live', 'saisines'];
/** The reference files' loaders (reference-data/seed/) write their tables in bulk: loading is their whole job. */
const LOADERS = /^reference-data\/seed\//;

test.each(MODULES_WITH_ONE_DATA_FILE)('in %s, only the data-access files run SQL', (module) => {
  const own = files.filter(({ file }) => file.startsWith(`${module}/`));
  expect(own.length).toBeGreaterThan(2);
  expect(own.filter(({ file, text }) => runsSql(text) && !/(-repository|queries)\.ts$/.test(file) && !LOADERS.test(file)).map(({ file }) => file)).toEqual([]);
});

/** Values written into SQL text as escaped literals: only where access rules (CASL) and the referral list's filters become SQL. */
const LITERAL_BUILDERS = ['accounts/users/users-repository.ts', 'saisines/access.ts', 'saisines/export/export-queries.ts', 'saisines/list/list-filters.ts'];

test('everywhere else, values travel as bind parameters, never spliced into SQL text', () => {
  const writers = files.filter(({ file, text }) => file !== path.join('db', 'database.ts') && /sqlLiteral|escapeLiteral/.test(text)).map(({ file }) => file);
  expect(writers.sort()).toEqual(LITERAL_BUILDERS.map((file) => path.join(...file.split('/'))).sort());
});
