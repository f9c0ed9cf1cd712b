/** Strips accents and ligatures: "Œuilly-Saint-Éloi" -> "Oeuilly-Saint-Eloi". */
export function stripAccents(value: string): string {
  return value
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/**
 * The search key of a commune name, for the stored `communes.nom_recherche` and for what the
 * agent types: lower case, no accents or ligatures, hyphens and apostrophes as spaces.
 * "Saint" stays spelt out, as people type it.
 */
export function normalizeCommuneName(name: string): string {
  return stripAccents(name)
    .toLowerCase()
    .replace(/[-'’‘`]/g, ' ')
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * « Blois (41000) », « Tours (37000…) »: a commune named by its postal code, as the public form and
 * the back-office show it (the INSEE code means nothing to the agent, nor to the clerk). Without a
 * postal code, `fallback` (the department's code) stands in its place.
 */
export function communeLabel(nom: string, codesPostaux: readonly string[] | null | undefined, fallback: string): string {
  const [first, ...others] = codesPostaux ?? [];
  return `${nom} (${first ? `${first}${others.length > 0 ? '…' : ''}` : fallback})`;
}
