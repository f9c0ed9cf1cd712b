import { searchKey } from './text';

/**
 * Matches the court names of the Ministry's files ("Tribunal judiciaire de Blois", "TRIBUNAL
 * JUDICIAIRE DU MANS", "Tribunal de premiere instance de Noumea"…) to our juridiction ids.
 */
export interface CourtName {
  id: string;
  type: string;
  nom: string;
  siege: string;
}

const TYPE_PREFIXES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(tribunal judiciaire|tj) /, 'TJ'],
  [/^(tribunal de premiere instance|tpi) /, 'TPI'],
];

/** "de la Rochelle" -> "rochelle", "du mans" -> "mans", "d evry" -> "evry". */
function placeKey(value: string): string {
  return value
    .replace(/^(de la|de l|des|du|de|d) /, '')
    .replace(/^(le|la|les|l) /, '')
    .trim();
}

export class CourtNameMatcher {
  private readonly byName = new Map<string, string>();
  private readonly byTypeAndPlace = new Map<string, string | null>();
  private readonly byPlace = new Map<string, string | null>();

  constructor(courts: readonly CourtName[]) {
    const addUnique = (map: Map<string, string | null>, key: string, id: string) => {
      // A key shared by two courts (Saint-Pierre: Réunion and Saint-Pierre-et-Miquelon) is ambiguous.
      map.set(key, map.has(key) && map.get(key) !== id ? null : id);
    };
    for (const court of courts) {
      this.byName.set(searchKey(court.nom), court.id);
      const place = placeKey(searchKey(court.siege));
      addUnique(this.byTypeAndPlace, `${court.type}|${place}`, court.id);
      addUnique(this.byPlace, place, court.id);
    }
  }

  /** The juridiction id, or null when the name is unknown or ambiguous. */
  match(label: string): string | null {
    const key = searchKey(label);
    if (!key) return null;
    const exact = this.byName.get(key);
    if (exact) return exact;
    for (const [prefix, type] of TYPE_PREFIXES) {
      if (prefix.test(key)) {
        const place = placeKey(key.replace(prefix, ''));
        return this.byTypeAndPlace.get(`${type}|${place}`) ?? this.byPlaceLoosely(place);
      }
    }
    return this.byPlaceLoosely(placeKey(key));
  }

  /** "Briey" for "Val de Briey", "Evry" for "Évry-Courcouronnes": accepted when only one court fits. */
  private byPlaceLoosely(place: string): string | null {
    const exact = this.byPlace.get(place);
    if (exact !== undefined) return exact;
    const candidates = new Set<string>();
    for (const [known, id] of this.byPlace) {
      if (id && (known.startsWith(`${place} `) || known.endsWith(` ${place}`) || place.startsWith(`${known} `))) candidates.add(id);
    }
    return candidates.size === 1 ? [...candidates][0] : null;
  }
}
