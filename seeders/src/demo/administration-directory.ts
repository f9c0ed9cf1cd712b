import type { Database, Transaction } from '@info-parquet/api/src/db/database';
import type { AdministrationKind } from '@info-parquet/common';
import { ADMINISTRATIONS } from '@info-parquet/api/src/reference-data/seed/administrations-list';
import { communeWithPreposition, typographicApostrophes, withPreposition } from '@info-parquet/api/src/reference-data/seed/text';
import type { Commune, DemoContext } from './demo-context';
import type { Random } from './random';

/** An administration as a referral names it; `id` is known once it is in the table. */
export interface AdministrationRef {
  id?: number;
  nom: string;
  kind: AdministrationKind;
  departementCode: string | null;
}

interface Known extends AdministrationRef {
  scope: 'departement' | 'region' | 'national';
}

type Template = (place: { de: string; region: string; deRegion: string; commune: Commune }) => string;

/** Usual names of the local services of each kind, for departments the hand-made list does not cover. */
const TEMPLATES: Partial<Record<AdministrationKind, readonly Template[]>> = {
  dgfip: [({ de }) => `Direction départementale des finances publiques ${de}`],
  douane: [({ deRegion }) => `Direction régionale des douanes et droits indirects ${deRegion}`],
  inspection_travail: [({ de }) => `Direction départementale de l’emploi, du travail et des solidarités ${de}`],
  dgccrf: [({ de }) => `Direction départementale de la protection des populations ${de}`],
  ars: [({ region }) => `Agence régionale de santé ${region}`],
  education: [({ de }) => `Direction des services départementaux de l’éducation nationale ${de}`],
  prefecture: [({ de }) => `Préfecture ${de}`],
  securite_sociale: [
    ({ de }) => `Caisse primaire d’assurance maladie ${de}`,
    ({ de }) => `Caisse d’allocations familiales ${de}`,
    ({ region }) => `URSSAF ${region}`,
  ],
  france_travail: [({ region }) => `France Travail ${region}`],
  environnement: [
    ({ de }) => `Office français de la biodiversité – service départemental ${de}`,
    ({ de }) => `Direction départementale des territoires ${de}`,
  ],
  collectivite: [({ commune }) => `Mairie ${communeWithPreposition(commune.nom)}`, ({ de }) => `Conseil départemental ${de}`],
};

/**
 * Chooses the administration that reports facts in a commune: a hand-listed service of the
 * department or region when there is one, else the usual local service of that kind (added to
 * the `administrations` table on first use), sometimes a national service.
 */
export class AdministrationDirectory {
  private readonly byKind = new Map<AdministrationKind, Known[]>();
  private readonly ids = new Map<string, number>();

  constructor(
    private readonly context: DemoContext,
    rows: ReadonlyArray<{ id: number; nom: string; kind: AdministrationKind; departement_code: string | null }>,
  ) {
    const scopes = new Map(ADMINISTRATIONS.map((seed) => [`${seed.kind}|${seed.nom}`, seed.scope]));
    for (const row of rows) {
      this.remember({
        id: row.id,
        nom: row.nom,
        kind: row.kind,
        departementCode: row.departement_code,
        scope: scopes.get(`${row.kind}|${row.nom}`) ?? (row.departement_code ? 'departement' : 'national'),
      });
    }
  }

  private remember(known: Known & { id: number }): void {
    const list = this.byKind.get(known.kind);
    if (list) list.push(known);
    else this.byKind.set(known.kind, [known]);
    this.ids.set(`${known.kind}|${known.nom}`, known.id);
  }

  static async load(db: Database, context: DemoContext): Promise<AdministrationDirectory> {
    const [rows] = await db.query('SELECT id, nom, kind, departement_code FROM administrations ORDER BY id');
    return new AdministrationDirectory(context, rows as Array<{ id: number; nom: string; kind: AdministrationKind; departement_code: string | null }>);
  }

  /** `senders`: words one of which the name must contain, when the facts call for a given service. */
  choose(kind: AdministrationKind, commune: Commune, random: Random, senders?: readonly string[]): AdministrationRef {
    const accepts = (nom: string) => !senders || senders.some((word) => nom.toLowerCase().includes(word.toLowerCase()));
    const departement = this.context.departements.get(commune.departementCode);
    const regionCode = departement?.regionCode;
    const regionOf = (code: string | null) => (code ? this.context.departements.get(code)?.regionCode : undefined);
    const ofKind = (this.byKind.get(kind) ?? []).filter((candidate) => accepts(candidate.nom));
    const local = ofKind.filter(
      (candidate) =>
        (candidate.scope === 'departement' && candidate.departementCode === commune.departementCode) ||
        (candidate.scope === 'region' && regionCode !== undefined && regionOf(candidate.departementCode) === regionCode),
    );
    const national = ofKind.filter((candidate) => candidate.scope === 'national');
    const region = departement ? this.context.regions.get(departement.regionCode) : undefined;
    const names = departement
      ? (TEMPLATES[kind] ?? [])
          .map((template) =>
            template({
              de: withPreposition(departement.nom, departement.typeLiaison),
              region: region?.nom ?? departement.nom,
              deRegion: region ? withPreposition(region.nom, region.typeLiaison) : withPreposition(departement.nom, departement.typeLiaison),
              commune,
            }),
          )
          // The COG writes « Provence-Alpes-Côte d'Azur »: the hand-made list, « d’Azur ». One
          // spelling, or the same regional agency would be listed twice.
          .map(typographicApostrophes)
          .filter(accepts)
      : [];
    if (national.length > 0 && (names.length === 0 || random.chance(0.06))) return random.pick(national);
    if (local.length > 0 && (names.length === 0 || random.chance(0.8))) return random.pick(local);
    if (names.length > 0) {
      const nom = random.pick(names);
      return { nom, kind, departementCode: commune.departementCode, id: this.ids.get(`${kind}|${nom}`) };
    }
    if (ofKind.length > 0) return random.pick(ofKind);
    if (senders) return this.choose(kind, commune, random);
    throw new Error(`Aucune administration de type « ${kind} » à proposer.`);
  }

  /** Adds the administrations first named in this batch and fills every reference's id. */
  async resolve(db: Database, transaction: Transaction, refs: AdministrationRef[]): Promise<void> {
    const missing = new Map<string, AdministrationRef>();
    for (const ref of refs) {
      const key = `${ref.kind}|${ref.nom}`;
      if (ref.id === undefined && !this.ids.has(key)) missing.set(key, ref);
    }
    if (missing.size > 0) {
      const [rows] = await db.query(
        `INSERT INTO administrations (nom, kind, departement_code)
         SELECT nom, kind, departement_code FROM json_to_recordset($1::json) AS x(nom text, kind text, departement_code text)
         ON CONFLICT (kind, nom) DO UPDATE SET nom = EXCLUDED.nom
         RETURNING id, nom, kind`,
        {
          bind: [JSON.stringify([...missing.values()].map((ref) => ({ nom: ref.nom, kind: ref.kind, departement_code: ref.departementCode })))],
          transaction,
        },
      );
      for (const row of rows as Array<{ id: number; nom: string; kind: AdministrationKind }>) {
        const departementCode = missing.get(`${row.kind}|${row.nom}`)?.departementCode ?? null;
        this.remember({ id: row.id, nom: row.nom, kind: row.kind, departementCode, scope: 'departement' });
      }
    }
    for (const ref of refs) ref.id ??= this.ids.get(`${ref.kind}|${ref.nom}`);
  }
}
