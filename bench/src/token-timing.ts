import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '@info-parquet/api/src/db/database';
import { measureHttp } from './measure';
import { ms, summarize } from './stats';

const hash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** `token` with its last character changed: as close to a real token as a guess can be. */
function neighbour(token: string): string {
  const last = token[token.length - 1];
  return token.slice(0, -1) + (last === 'A' ? 'B' : 'A');
}

/**
 * Issue 3: "a wrong token is a 404 with no timing difference worth measuring". A tracking token is
 * stored only as its SHA-256 and looked up by that hash, so a guess one character away from a real
 * token and a random guess should cost the same. Both are measured in alternating rounds (so that
 * drift of the machine hits them alike), with a real token for reference.
 */
export async function measureTokenTiming(db: Database, base: string, amount: number, connections: number): Promise<string[]> {
  const real = randomBytes(32).toString('base64url');
  await db.query(
    `INSERT INTO suivi_tokens (token_hash, saisine_id) SELECT :hash, id FROM saisines ORDER BY received_at DESC LIMIT 1`,
    { replacements: { hash: hash(real) } },
  );
  const url = (token: string) => `${base}/public/suivi/${token}`;
  const rounds = 5;
  const perRound = Math.max(20, Math.round(amount / rounds));
  const samples = { near: [] as number[], random: [] as number[] };
  await measureHttp(url(neighbour(real)), '', 50, connections); // warm-up
  for (let round = 0; round < rounds; round += 1) {
    samples.near.push(...(await measureHttp(url(neighbour(real)), '', perRound, connections)).samples);
    samples.random.push(...(await measureHttp(url(randomBytes(32).toString('base64url')), '', perRound, connections)).samples);
  }
  const valid = await measureHttp(url(real), '', perRound, connections);
  const near = summarize(samples.near);
  const random = summarize(samples.random);
  return [
    '| requête | réponse | médiane | p95 |',
    '|---|---|---:|---:|',
    `| jeton valide | 200 | ${ms(valid.median)} | ${ms(valid.p95)} |`,
    `| jeton faux, un caractère de différence avec le vrai | 404 | ${ms(near.median)} | ${ms(near.p95)} |`,
    `| jeton faux, tiré au hasard | 404 | ${ms(random.median)} | ${ms(random.p95)} |`,
    '',
    `Écart des médianes entre les deux jetons faux : ${ms(Math.abs(near.median - random.median))} ms (${samples.near.length} + ${samples.random.length} requêtes, ${rounds} tours alternés).`,
  ];
}
