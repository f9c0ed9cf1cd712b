import request from 'supertest';
import { createTestContext, signIn, type TestContext } from './support/test-app';
import { buildListScenario, listSaisines, type ListScenario } from './support/list-scenario';
import { EXPORT_BATCH_SIZE } from '../src/saisines/export/export-queries';
import type { Session } from './support/workflow';

let ctx: TestContext;
let s: ListScenario;

beforeAll(async () => {
  ctx = createTestContext();
  s = await buildListScenario(ctx);
});
afterAll(() => ctx.close());

const exportPath = '/api/saisines/export.csv';
const params = (query: Record<string, unknown>) => Object.fromEntries(Object.entries(query).map(([k, v]) => [k, JSON.stringify(v)]));

/** The raw bytes of the answer (supertest would decode them and hide the BOM). */
async function exportCsv(session: Session, query: Record<string, unknown> = {}) {
  const response = await session.agent
    .get(exportPath)
    .query(params(query))
    .buffer(true)
    .parse((res, callback) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => callback(null, Buffer.concat(chunks)));
    });
  return { response, bytes: response.body as Buffer };
}

/** A minimal reader of the file's format: `;`, double quotes, CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') endCell();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i += 1;
    } else cell += ch;
  }
  return rows;
}

async function exportRows(session: Session, query: Record<string, unknown> = {}) {
  const { response, bytes } = await exportCsv(session, query);
  expect(response.status).toBe(200);
  const [header, ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
  return { header, rows, refs: rows.map((row) => row[0]) };
}

const referenceOf = async (id: string) => {
  const [[row]] = (await ctx.db.query('SELECT reference FROM saisines WHERE id = :id', { replacements: { id } })) as [[{ reference: string }], unknown];
  return row.reference;
};

test('a UTF-8 file with BOM, French headers, `;`, labels, Paris dates and a dated file name', async () => {
  const { response, bytes } = await exportCsv(s.greffier, { filter: { id: s.ids.decidee } });
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
  expect(response.headers['content-disposition']).toMatch(/^attachment; filename="saisines-\d{4}-\d{2}-\d{2}\.csv"$/);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, row, ...rest] = parseCsv(bytes.subarray(3).toString('utf8'));
  expect(rest).toEqual([]);
  expect(header).toEqual([
    'Référence', 'Reçue le (Europe/Paris)', 'Statut', 'Urgente', 'Motif d’urgence', 'Type', 'Canal', 'Juridiction',
    'Administration', 'Type d’administration', 'Commune', 'Qualification', 'N° parquet', 'Attribuée à',
    'Enregistrée le (Europe/Paris)', 'Décidée le (Europe/Paris)', 'Décision', 'Motif de classement',
  ]);
  const cells = Object.fromEntries(header.map((name, i) => [name, row[i]]));
  expect(cells['Référence']).toBe(await referenceOf(s.ids.decidee));
  expect(cells['Statut']).toBe('Décidée');
  expect(cells['Urgente']).toBe('non');
  expect(cells['Canal']).toBe('Formulaire en ligne');
  expect(cells['Décision']).toBe('Poursuites');
  expect(cells['Juridiction']).toMatch(/Blois/);
  expect(cells['N° parquet']).toMatch(/^26\/301\//);
  expect(cells['Attribuée à']).not.toBe('');
  expect(cells['Reçue le (Europe/Paris)']).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  // Paris time: 10:00 UTC in January is 11:00 in Paris.
  await ctx.db.query(`UPDATE saisines SET received_at = '2026-01-15T10:00:00Z' WHERE id = :id`, { replacements: { id: s.ids.decidee } });
  const again = await exportRows(s.greffier, { filter: { id: s.ids.decidee } });
  expect(again.rows[0][1]).toBe('15/01/2026 11:00');
});

test('quotes, separators, line breaks and formulas are escaped', async () => {
  await ctx.db.query(
    `UPDATE saisines SET qualification = :qualification, sender_administration = :administration, urgency_reason = :reason, urgent = true WHERE id = :id`,
    {
      replacements: {
        id: s.ids.enregistree,
        qualification: 'Fraude "aggravée"; escroquerie\nen bande',
        administration: '=HYPERLINK("http://evil.test")',
        reason: '-2+3',
      },
    },
  );
  const { bytes } = await exportCsv(s.greffier, { filter: { id: s.ids.enregistree } });
  const text = bytes.subarray(3).toString('utf8');
  expect(text).toContain('"Fraude ""aggravée""; escroquerie\nen bande"');
  expect(text).toContain(`"'=HYPERLINK(""http://evil.test"")"`);
  expect(text).toContain(";'-2+3;");
  const [header, row] = parseCsv(text);
  expect(row[header.indexOf('Qualification')]).toBe('Fraude "aggravée"; escroquerie\nen bande');
  expect(row[header.indexOf('Administration')]).toBe(`'=HYPERLINK("http://evil.test")`);
});

test('the list filters apply, and never widen the rules: Blois never gets Paris rows', async () => {
  const urgentOpen = await exportRows(s.greffier, { filter: { status: ['recue'], urgent: true } });
  expect(urgentOpen.refs).toEqual([await referenceOf(s.ids.urgentRecue)]);
  const paris = await referenceOf(s.ids.paris);
  for (const filter of [{}, { juridictionId: 'tj-paris' }, { id: [s.ids.paris] }, { juridictionId: ['tj-paris', 'tj-blois'] }]) {
    expect((await exportRows(s.greffier, { filter })).refs).not.toContain(paris);
  }
  expect((await exportRows(s.greffierParis, { filter: { id: [s.ids.paris, s.ids.urgentRecue] } })).refs).toEqual([paris]);
  expect((await exportCsv(s.greffier, { filter: { inconnu: 1 } })).response.status).toBe(400);
  expect((await exportCsv(s.greffier, { sort: ['facts_narrative', 'ASC'] })).response.status).toBe(400);
});

test('every exported referral is logged as read by its exporter, and nothing else', async () => {
  const greffierId = s.userIds['greffier.blois@justice.test'];
  const logged = async () => {
    const [rows] = (await ctx.db.query(
      `SELECT saisine_id FROM saisine_consultations WHERE user_id = :userId AND kind = 'export' ORDER BY id`,
      { replacements: { userId: greffierId } },
    )) as [Array<{ saisine_id: string }>, unknown];
    return rows.map((row) => row.saisine_id);
  };
  const before = await logged();
  await exportRows(s.greffier, { filter: { status: ['recue'], urgent: true } });
  expect((await logged()).slice(before.length)).toEqual([s.ids.urgentRecue]);
  // A refused export reads nothing and logs nothing.
  await exportCsv(s.greffier, { filter: { inconnu: 1 } });
  expect((await logged()).length).toBe(before.length + 1);
});

test('401 without a session, 403 without the export right', async () => {
  expect((await request(ctx.app).get(exportPath)).status).toBe(401);
  const analyste = await signIn(ctx.app, 'analyste@justice.test');
  expect((await analyste.agent.get(exportPath)).status).toBe(403);
  const admin = await signIn(ctx.app, 'admin@justice.test');
  expect((await admin.agent.get(exportPath)).status).toBe(403);
});

test('many rows in keyset batches: every row once, in the list order, whatever the sort', async () => {
  // 2 500 copies with ties on every key (same instants, to the microsecond) and no parquet number.
  await ctx.db.query(
    `INSERT INTO saisines (reference, kind, routing, juridiction_id, sender_administration, sender_administration_kind,
       sender_agent_name, sender_agent_function, sender_email, facts_narrative, facts_start_date, facts_commune_insee,
       facts_knowledge, urgent, urgency_reason, received_at, status, registered_at)
     SELECT 'IP-2025-' || lpad(g::text, 6, '0'), src.kind, src.routing, src.juridiction_id, src.sender_administration,
       src.sender_administration_kind, src.sender_agent_name, src.sender_agent_function, src.sender_email,
       src.facts_narrative, src.facts_start_date, src.facts_commune_insee, src.facts_knowledge,
       g % 3 = 0, CASE WHEN g % 3 = 0 THEN 'Risque pour les personnes' ELSE '' END,
       '2026-03-01T08:00:00.123456Z'::timestamptz + (g % 4) * interval '1 microsecond', 'recue',
       CASE WHEN g % 2 = 0 THEN '2026-03-02T08:00:00.5Z'::timestamptz END
     FROM generate_series(1, 2500) g, (SELECT * FROM saisines WHERE id = :id) src`,
    { replacements: { id: s.ids.recuePv } },
  );
  const [[{ total }]] = (await ctx.db.query(`SELECT count(*)::int AS total FROM saisines WHERE juridiction_id = 'tj-blois'`)) as [[{ total: number }], unknown];
  expect(total).toBeGreaterThan(2 * EXPORT_BATCH_SIZE);
  for (const sort of [undefined, ['priority', 'DESC'], ['receivedAt', 'ASC'], ['registeredAt', 'DESC'], ['numeroParquet', 'ASC'], ['urgent', 'DESC'], ['urgent', 'ASC'], ['status', 'DESC'], ['decidedAt', 'ASC'], ['reference', 'DESC']]) {
    const { refs } = await exportRows(s.greffier, sort ? { sort } : {});
    expect(refs.length).toBe(total);
    expect(new Set(refs).size).toBe(total);
    const page = await listSaisines(s.greffier, { range: [0, 999], ...(sort ? { sort } : {}) });
    const page2 = await listSaisines(s.greffier, { range: [1000, 1999], ...(sort ? { sort } : {}) });
    // Ties beyond the keys are broken by id in both: the same order exactly.
    expect(refs.slice(0, 2000)).toEqual([...page.body, ...page2.body].map((row: { reference: string }) => row.reference));
  }
}, 60_000);
