import request from 'supertest';
import { createTestContext, type TestContext } from './support/test-app';
import { validSubmission } from './support/fixtures';

let ctx: TestContext;
beforeAll(() => {
  ctx = createTestContext();
});
afterAll(() => ctx.close());

async function count(table: string): Promise<number> {
  const [[row]] = (await ctx.db.query(`SELECT count(*)::int AS n FROM ${table}`)) as [[{ n: number }], unknown];
  return row.n;
}

const submit = (body: unknown, key?: string) => {
  const req = request(ctx.app).post('/api/public/saisines');
  if (key) req.set('Idempotency-Key', key);
  return req.send(body as object);
};

describe('POST /api/public/saisines', () => {
  test('a valid referral is stored, routed to Blois, numbered and acknowledged at once', async () => {
    const response = await submit(validSubmission());
    expect(response.status).toBe(201);
    const year = new Date().getFullYear();
    expect(response.body.reference).toMatch(new RegExp(`^IP-${year}-\\d{6}$`));
    expect(response.body.juridiction).toMatchObject({ id: 'tj-blois', nom: 'Tribunal judiciaire de Blois' });
    expect(response.body.trackingUrl).toMatch(/^http:\/\/localhost:3000\/suivi\/[A-Za-z0-9_-]{43}$/);
    expect(response.body.acknowledgement.reference).toBe(response.body.reference);
    expect(Date.now() - Date.parse(response.body.receivedAt)).toBeLessThan(60_000);

    const [[stored]] = (await ctx.db.query(
      'SELECT status, routing, juridiction_id, urgent, ack_delivered_at, received_at FROM saisines WHERE id = :id',
      { replacements: { id: response.body.id } },
    )) as [[Record<string, unknown>], unknown];
    expect(stored).toMatchObject({ status: 'recue', routing: 'certain', juridiction_id: 'tj-blois', urgent: false });
    expect(stored.ack_delivered_at).toEqual(stored.received_at);
    const [persons] = await ctx.db.query('SELECT role, type, name, last_name FROM saisine_personnes WHERE saisine_id = :id ORDER BY position', {
      replacements: { id: response.body.id },
    });
    expect(persons).toEqual([
      { role: 'mis_en_cause', type: 'morale', name: 'SARL Exemple', last_name: '' },
      { role: 'victime', type: 'physique', name: '', last_name: 'Durand' },
    ]);
    const [events] = await ctx.db.query('SELECT seq, type, to_status, actor_type FROM saisine_events WHERE saisine_id = :id', {
      replacements: { id: response.body.id },
    });
    expect(events).toEqual([{ seq: 1, type: 'creation', to_status: 'recue', actor_type: 'sender' }]);
  });

  test('the tracking token is never stored, only its hash; the link shows the status', async () => {
    const response = await submit(validSubmission());
    const token = response.body.trackingUrl.split('/').pop();
    const [rows] = await ctx.db.query(
      `SELECT 1 FROM suivi_tokens t JOIN saisines s ON s.id = t.saisine_id
       WHERE t.token_hash = :token OR s::text LIKE :like`,
      { replacements: { token, like: `%${token}%` } },
    );
    expect(rows).toHaveLength(0);
    const suivi = await request(ctx.app).get(`/api/public/suivi/${token}`);
    expect(suivi.status).toBe(200);
    expect(suivi.body).toMatchObject({ reference: response.body.reference, status: 'recue', statusLabel: 'Reçue' });
    expect(suivi.body).not.toHaveProperty('persons');
    const wrong = await request(ctx.app).get(`/api/public/suivi/${'A'.repeat(43)}`);
    expect(wrong.status).toBe(404);
    expect(wrong.body.message).toBe('Lien de suivi invalide ou expiré.');
  });

  test('an invalid referral is a 400 with a French message per field, and nothing is stored', async () => {
    const before = await Promise.all(['saisines', 'saisine_personnes', 'saisine_events', 'saisine_sequences', 'administrations'].map(count));
    const body = validSubmission({
      kind: 'lettre',
      urgent: true,
      urgencyReason: '',
      persons: [{ role: 'mis_en_cause', type: 'morale', name: 'SARL X', siret: '73282932000075' }],
    }) as ReturnType<typeof validSubmission>;
    body.sender = { ...body.sender, email: 'pas-une-adresse' };
    body.facts = { ...body.facts, narrative: 'Trop court', startDate: '2999-01-01' };
    const response = await submit(body);
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/erreurs/);
    expect(response.body.errors).toEqual({
      kind: 'Type de saisine inconnu.',
      urgencyReason: 'Indiquez le motif de l’urgence.',
      'sender.email': 'Adresse électronique invalide (exemple : prenom.nom@administration.gouv.fr).',
      'facts.narrative': 'Décrivez les faits en 20 caractères au moins.',
      'facts.startDate': 'La date des faits ne peut pas être dans le futur.',
      'persons[0].siret': 'SIRET invalide (14 chiffres avec une clé valide).',
    });
    const after = await Promise.all(['saisines', 'saisine_personnes', 'saisine_events', 'saisine_sequences', 'administrations'].map(count));
    expect(after).toEqual(before);
  });

  test('a body that is not an object, or an unknown commune, is a clear 400', async () => {
    const notObject = await submit([1, 2]);
    expect(notObject.status).toBe(400);
    const unknownCommune = await submit(validSubmission({ facts: { ...validSubmission().facts, communeInsee: '99999' } }));
    expect(unknownCommune.status).toBe(400);
    expect(unknownCommune.body.errors).toEqual({ 'facts.communeInsee': 'Commune inconnue.' });
  });

  test('a commune that the data does not decide asks for a court among the candidates', async () => {
    const [[commune]] = (await ctx.db.query(
      `SELECT c.code_insee FROM communes c JOIN departements d ON d.code = c.departement_code
       WHERE cardinality(d.juridiction_ids) > 1 AND NOT EXISTS (SELECT 1 FROM routage_communes r WHERE r.commune_insee = c.code_insee)
       ORDER BY c.code_insee LIMIT 1`,
    )) as [[{ code_insee: string }], unknown];
    const facts = { ...validSubmission().facts, communeInsee: commune.code_insee };
    const missing = await submit(validSubmission({ facts }));
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual({ juridictionId: 'Choisissez le parquet compétent.' });
    expect(missing.body.candidates.length).toBeGreaterThan(1);

    const chosen = missing.body.candidates[1].id;
    const accepted = await submit(validSubmission({ facts, juridictionId: chosen }));
    expect(accepted.status).toBe(201);
    expect(accepted.body.juridiction.id).toBe(chosen);
    const [[row]] = (await ctx.db.query('SELECT routing FROM saisines WHERE id = :id', {
      replacements: { id: accepted.body.id },
    })) as [[{ routing: string }], unknown];
    expect(row.routing).toBe('choisi');
  });

  test('a specialised parquet needs a reason', async () => {
    const refused = await submit(validSubmission({ juridictionId: 'pnf' }));
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toHaveProperty('routingReason');
    const accepted = await submit(validSubmission({ juridictionId: 'pnf', routingReason: 'Fraude fiscale complexe en bande organisée' }));
    expect(accepted.status).toBe(201);
    expect(accepted.body.juridiction.id).toBe('pnf');
  });

  test('references are unique and sequential, even for concurrent submissions', async () => {
    const responses = await Promise.all(Array.from({ length: 12 }, () => submit(validSubmission())));
    expect(responses.map((r) => r.status)).toEqual(Array(12).fill(201));
    const numbers = responses.map((r) => Number(r.body.reference.split('-')[2])).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(12);
    expect(numbers[11] - numbers[0]).toBe(11);
  });

  test('the same Idempotency-Key never creates two referrals, even sent concurrently', async () => {
    const before = await count('saisines');
    const key = 'retry-0d9c7e1a-5b1f-4b7a-9a51-1c8f0e2b3d4c';
    const responses = await Promise.all(Array.from({ length: 6 }, () => submit(validSubmission(), key)));
    expect(responses.map((r) => r.status)).toEqual(Array(6).fill(201));
    expect(new Set(responses.map((r) => r.body.reference)).size).toBe(1);
    expect(responses.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(5);
    expect(await count('saisines')).toBe(before + 1);
    // Every answer carries a working tracking link.
    for (const response of responses) {
      const suivi = await request(ctx.app).get(new URL(response.body.trackingUrl).pathname.replace('/suivi/', '/api/public/suivi/'));
      expect(suivi.status).toBe(200);
    }
    const other = await submit(validSubmission({ qualification: 'Autre chose' }), key);
    expect(other.status).toBe(409);
  });
});
