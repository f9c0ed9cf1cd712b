import type { Faker } from '@faker-js/faker';
import { stripAccents } from '@info-parquet/api/src/reference-data/seed/text';
import type { Random } from './random';

/**
 * French names, streets and companies, from faker's `fr` locale, reproducible from a seed.
 * faker is ESM-only: the caller loads it with a dynamic import (see loadFrenchFaker), so that
 * importing the seeders (e.g. the reference data) never needs it.
 */
export async function loadFrenchFaker(): Promise<Faker> {
  return (await import('@faker-js/faker/locale/fr')).faker;
}

export type Sex = 'female' | 'male';

export interface Identity {
  sex: Sex;
  firstName: string;
  lastName: string;
}

const COMPANY_FORMS = ['SARL', 'SAS', 'SASU', 'EURL', 'SA', 'SNC'] as const;
const SECTORS = [
  'Bâtiment',
  'Rénovation',
  'Transports',
  'Nettoyage',
  'Restauration',
  'Sécurité privée',
  'Distribution',
  'Import Export',
  'Conseil',
  'Immobilier',
  'Services',
  'Travaux publics',
  'Logistique',
  'Énergies',
  'Résidences',
  'Négoce',
] as const;

export class Identities {
  constructor(
    private readonly random: Random,
    private readonly faker: Faker,
    seed: number,
  ) {
    faker.seed(seed);
  }

  person(sex?: Sex): Identity {
    const chosen = sex ?? (this.random.chance(0.5) ? 'female' : 'male');
    // faker's fr data has a few lowercase particles ("Da silva"): capitalise each part.
    const lastName = this.faker.person.lastName().replace(/(^|[\s-])(\p{Ll})/gu, (_match, sep: string, letter: string) => sep + letter.toUpperCase());
    return { sex: chosen, firstName: this.faker.person.firstName(chosen), lastName };
  }

  /** "M. Jean Dupont" / "Mme Claire Martin". */
  static civilName(identity: Identity): string {
    return `${identity.sex === 'female' ? 'Mme' : 'M.'} ${identity.firstName} ${identity.lastName}`;
  }

  company(): string {
    if (this.random.chance(0.3)) return this.faker.company.name();
    return `${this.random.pick(COMPANY_FORMS)} ${this.random.pick(SECTORS)} ${this.person().lastName}`;
  }

  street(): string {
    return `${this.random.int(1, 140)}${this.random.chance(0.08) ? ' bis' : ''} ${this.faker.location.street()}`;
  }

  /** `prenom.nom`, lowercase ASCII, for e-mail addresses. */
  static emailLocalPart(identity: Identity): string {
    const clean = (value: string) =>
      stripAccents(value)
        .toLowerCase()
        .replace(/[^a-z]+/g, '-')
        .replace(/^-|-$/g, '');
    return `${clean(identity.firstName)}.${clean(identity.lastName)}`;
  }
}
