/** A commune as `GET /api/public/communes` returns it. */
export interface Commune {
  codeInsee: string;
  nom: string;
  departementCode: string;
  codesPostaux: string[];
}

/**
 * « Blois (41000) », « Tours (37000…) »: a commune named by its postal code, as the public form
 * shows it (the INSEE code means nothing to the agent, nor to the clerk reading the letter).
 */
export function communeLabel(nom: string, codesPostaux: readonly string[] | null | undefined, fallback: string): string {
  const [first, ...others] = codesPostaux ?? [];
  return `${nom} (${first ? `${first}${others.length > 0 ? '…' : ''}` : fallback})`;
}
