/**
 * Per-user back-office settings kept on the server (columns, sort, filters, saved views), so they
 * follow the user from one computer to another. Only these keys are kept: a free-text search may
 * hold a person's name, so it is never stored.
 */
export const PREFERENCE_MAX_BYTES = 16_384;

/**
 * The react-admin store keys worth keeping: the list's hidden columns and their order
 * (`<DataTable>`'s `saisines.datatable`, `saisines.datatable_columnRanks`), its sort, filters and
 * page size (`saisines.listParams`), and the saved views ("Mes vues", `saisines.vues`).
 */
export const SYNCED_PREFERENCE_KEYS = ['saisines.datatable', 'saisines.datatable_columnRanks', 'saisines.listParams', 'saisines.vues'] as const;

export function isSyncedPreferenceKey(key: string): boolean {
  return (SYNCED_PREFERENCE_KEYS as readonly string[]).includes(key);
}

/** Keys whose values carry list filters, from which the full-text search is removed. */
const HOLDS_FILTER = (key: string) => key === 'saisines.listParams' || key === 'saisines.vues';

function withoutSearch(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSearch);
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [name, inner] of Object.entries(value)) {
    if (name === 'filter' && inner && typeof inner === 'object' && !Array.isArray(inner)) {
      const { q: _search, ...rest } = inner as Record<string, unknown>;
      copy.filter = rest;
    } else {
      copy[name] = withoutSearch(inner);
    }
  }
  return copy;
}

/** What may be stored for `key`: the value without any full-text search. */
export function sanitizePreference(key: string, value: unknown): unknown {
  return HOLDS_FILTER(key) ? withoutSearch(value) : value;
}

/** Bytes of `text` in UTF-8 (common/ runs in the browser and in Node, with no Buffer or DOM typings). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Why a preference cannot be stored, in French; null when it can. */
export function preferenceProblem(key: string, value: unknown): string | null {
  if (!isSyncedPreferenceKey(key)) return `Préférence inconnue : « ${key.slice(0, 100)} ».`;
  if (value === undefined) return 'Valeur absente : envoyez {"value": …}.';
  const size = utf8Length(JSON.stringify(value));
  if (size > PREFERENCE_MAX_BYTES) return `Préférence trop volumineuse (${size} octets, ${PREFERENCE_MAX_BYTES} au maximum).`;
  if (JSON.stringify(sanitizePreference(key, value)) !== JSON.stringify(value)) {
    return 'Une recherche libre ne peut pas être enregistrée dans les préférences (elle peut contenir des noms).';
  }
  return null;
}

/** A saved list view ("Mes vues"): a name, a filter and a sort. */
export interface VueEnregistree {
  name: string;
  filter: Record<string, unknown>;
  sort: { field: string; order: 'ASC' | 'DESC' };
}
