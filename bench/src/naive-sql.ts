import type { SentStatement } from './api-process';

/**
 * What a list costs written the naive way, for the report's comparison column: the total counted
 * in full (no bound) beside the same OFFSET page, and a search by `ILIKE '%…%'` on the referral's
 * texts instead of the full-text index. `null` when the statements have nothing naive to replace.
 */
export function naiveStatements(statements: SentStatement[]): SentStatement[] | null {
  let changed = false;
  const rewrite = (text: string) => {
    const naive = text
      // The bounded count (api/src/saisines/list/list-query.ts) → a full count.
      .replace(/FROM \(SELECT 1 FROM saisines s WHERE ([\s\S]*?) LIMIT \d+\) counted/g, 'FROM saisines s WHERE $1')
      // The full-text condition → ILIKE on the texts it indexes.
      .replace(/s\.search_vector @@ websearch_to_tsquery\('fr_unaccent', '((?:[^']|'')*)'\)/g, (_match, words: string) => {
        const pattern = `'%${words}%'`;
        return `(s.reference ILIKE ${pattern} OR s.qualification ILIKE ${pattern} OR s.facts_narrative ILIKE ${pattern} OR s.sender_administration ILIKE ${pattern})`;
      });
    if (naive !== text) changed = true;
    return naive;
  };
  const result = statements.map((statement) => (typeof statement === 'string' ? rewrite(statement) : { ...statement, text: rewrite(statement.text) }));
  return changed ? result : null;
}
