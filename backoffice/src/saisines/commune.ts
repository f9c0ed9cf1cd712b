/** A commune as `GET /api/public/communes` returns it. */
export interface Commune {
  codeInsee: string;
  nom: string;
  departementCode: string;
  codesPostaux: string[];
}
