import { normalizeCommuneName, stripAccents } from '@info-parquet/common';

export { stripAccents };

/** Text helpers shared by the seeders: search keys, slugs, French prepositions. */

/** The search key of a name (`communes.nom_recherche`, court names): the API's own normalisation. */
export const searchKey = normalizeCommuneName;

/**
 * What people read: « Tribunal judiciaire d’Agen », « Côtes-d’Armor ». The sources (Tableau IV,
 * COG) type a straight apostrophe; search keys treat both alike, so matching is unaffected.
 */
export const typographicApostrophes = (value: string): string => value.replace(/'/g, '’');

/** "Tribunal judiciaire de Blois" -> "blois" style slugs for e-mail local parts. */
export function slugify(value: string): string {
  return searchKey(value).replace(/ /g, '-');
}

/**
 * "de Paris", "du Nord", "de la Gironde", "des Bouches-du-Rhône", "de l'Ain", "d'Eure-et-Loir"
 * from the COG's `typeLiaison` (0 de, 1 d', 2 du, 3 de la, 4 des, 5 de l').
 */
export function withPreposition(nom: string, typeLiaison: number | undefined): string {
  switch (typeLiaison) {
    case 1:
      return `d’${nom}`;
    case 2:
      return `du ${nom}`;
    case 3:
      return `de la ${nom}`;
    case 4:
      return `des ${nom}`;
    case 5:
      return `de l’${nom}`;
    default:
      return `de ${nom}`;
  }
}

/** Commune names carry their article ("Le Mans", "Les Sables-d'Olonne"): "du Mans", "des Sables-d'Olonne". */
export function communeWithPreposition(nom: string): string {
  if (nom.startsWith('Le ')) return `du ${nom.slice(3)}`;
  if (nom.startsWith('Les ')) return `des ${nom.slice(4)}`;
  // "H" is left out: it is mute in some names and aspirated in others.
  if (/^[AEIOUY]/i.test(stripAccents(nom))) return `d’${nom}`;
  return `de ${nom}`;
}
