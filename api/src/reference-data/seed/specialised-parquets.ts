/**
 * The specialised parquets a referral can be sent or transferred to. Their
 * competence text is a plain-French summary for the form and the back-office, not a legal source.
 */
export interface SpecialisedParquet {
  id: string;
  nom: string;
  competence: string;
}

export const SPECIALISED_PARQUETS: readonly SpecialisedParquet[] = [
  {
    id: 'pnf',
    nom: 'Parquet national financier',
    competence:
      'Atteintes à la probité, fraude fiscale et blanchiment d’une grande complexité, atteintes au bon fonctionnement des marchés financiers.',
  },
  {
    id: 'pnat',
    nom: 'Parquet national antiterroriste',
    competence:
      'Actes de terrorisme, crimes contre l’humanité, crimes et délits de guerre, prolifération d’armes de destruction massive.',
  },
  {
    id: 'pnaco',
    nom: 'Parquet national anticriminalité organisée',
    competence:
      'Criminalité organisée de très grande complexité, notamment le trafic de stupéfiants et le blanchiment qui s’y rattache.',
  },
  {
    id: 'parquet-europeen',
    nom: 'Parquet européen (procureurs européens délégués en France)',
    competence:
      'Infractions portant atteinte aux intérêts financiers de l’Union européenne : fraude aux fonds européens, fraude transfrontière à la TVA, corruption et blanchiment liés.',
  },
];
