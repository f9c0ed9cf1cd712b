import type { PersonRole, PersonType } from '@info-parquet/common';
import { parisDate, DAY } from './clock';
import { Identities, type Identity } from './identities';
import type { AdministrationProfile, QualificationProfile } from './profile-types';
import type { Random } from './random';
import { randomSiret } from './siret';

export interface PersonRow {
  position: number;
  role: PersonRole;
  type: PersonType;
  last_name: string;
  first_name: string;
  birth_date: string | null;
  address: string;
  name: string;
  siret: string;
}

export interface PersonsInput {
  profile: AdministrationProfile;
  qualification: QualificationProfile;
  /** "12 rue X, 41000 Blois" style suffix: postal code and commune name. */
  locality: string;
  receivedAt: number;
}

export interface GeneratedPersons {
  persons: PersonRow[];
  /** How the narrative names the first implicated person. */
  mecLabel: string;
}

const VICTIM_AGES: Record<AdministrationProfile['victims'], readonly [number, number]> = {
  salarie: [18, 62],
  consommateur: [25, 90],
  mineur: [6, 16],
  patient: [68, 96],
  usager: [18, 80],
  aucune: [18, 80],
};

export class PersonFactory {
  constructor(
    private readonly random: Random,
    private readonly identities: Identities,
  ) {}

  generate(input: PersonsInput): GeneratedPersons {
    const { profile, qualification } = input;
    const persons: PersonRow[] = [];
    const mecCount = this.random.weighted([[1, 65], [2, 25], [3, 10]] as const);
    let mecLabel = '';
    for (let i = 0; i < mecCount; i += 1) {
      const type: PersonType =
        i === 0 && qualification.mecType
          ? qualification.mecType
          : this.random.chance(profile.moraleShare) ? 'morale' : 'physique';
      if (type === 'morale') {
        const row = this.company(input);
        if (i === 0) mecLabel = `la société ${row.name}`;
        persons.push(row);
      } else {
        const { row, identity } = this.natural('mis_en_cause', input, qualification.mecAge ?? [19, 75]);
        if (i === 0) mecLabel = Identities.civilName(identity);
        persons.push(row);
      }
    }
    const victims = profile.victims === 'aucune' ? 0 : this.random.weighted([[0, 15], [1, 60], [2, 25]] as const);
    for (let i = 0; i < victims; i += 1) persons.push(this.natural('victime', input, VICTIM_AGES[profile.victims]).row);
    const witnesses = this.random.weighted([[0, 60], [1, 30], [2, 10]] as const);
    for (let i = 0; i < witnesses; i += 1) persons.push(this.natural('temoin', input, [20, 70]).row);
    // Positions start at 0, as the API numbers them.
    persons.forEach((person, index) => (person.position = index));
    return { persons, mecLabel };
  }

  private natural(
    role: PersonRole,
    input: PersonsInput,
    [minAge, maxAge]: readonly [number, number],
  ): { row: PersonRow; identity: Identity } {
    const identity = this.identities.person();
    const age = this.random.int(minAge, maxAge);
    const birth = input.receivedAt - (age * 365.25 + this.random.int(0, 364)) * DAY;
    const row: PersonRow = {
      position: 0,
      role,
      type: 'physique',
      last_name: identity.lastName,
      first_name: identity.firstName,
      // A few dates of birth are unknown to the sender.
      birth_date: this.random.chance(0.85) ? parisDate(birth) : null,
      address: this.random.chance(0.8) ? `${this.identities.street()}, ${input.locality}` : '',
      name: '',
      siret: '',
    };
    return { row, identity };
  }

  private company(input: PersonsInput): PersonRow {
    return {
      position: 0,
      role: 'mis_en_cause',
      type: 'morale',
      last_name: '',
      first_name: '',
      birth_date: null,
      address: `${this.identities.street()}, ${input.locality}`,
      name: this.identities.company(),
      siret: this.random.chance(0.9) ? randomSiret(this.random) : '',
    };
  }
}
