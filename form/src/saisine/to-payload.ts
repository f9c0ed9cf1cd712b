import type { PersonFormValues, SaisineFormValues } from './form-values';

/** The JSON body of `POST /api/public/saisines` (version 1 of the public contract, see the OpenAPI document). */
export interface SaisinePayload {
  kind: string;
  urgent: boolean;
  urgencyReason: string;
  sender: SaisineFormValues['sender'];
  facts: Omit<SaisineFormValues['facts'], 'endDate'> & { endDate: string | null };
  juridictionId: string | null;
  routingReason: string;
  qualification: string;
  natinf: string;
  persons: PersonPayload[];
  attachmentIds: string[];
}

export type PersonPayload =
  | { role: string; type: 'physique'; lastName: string; firstName: string; birthDate: string | null; address: string }
  | { role: string; type: 'morale'; name: string; siret: string; address: string };

const trimAll = <T extends Record<string, string>>(record: T): T =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, value.trim()])) as T;

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

function toPersonPayload(person: PersonFormValues): PersonPayload {
  if (person.type === 'morale') {
    return {
      role: person.role,
      type: 'morale',
      name: person.name.trim(),
      siret: person.siret.replace(/\s/g, ''),
      address: person.address.trim(),
    };
  }
  return {
    role: person.role,
    type: 'physique',
    lastName: person.lastName.trim(),
    firstName: person.firstName.trim(),
    birthDate: orNull(person.birthDate),
    address: person.address.trim(),
  };
}

/**
 * Only what the agent filled in and what the chosen options need: empty dates travel as null;
 * files by their ids; a specialised parquet replaces the local one, with its reason.
 */
export function toPayload(values: SaisineFormValues, attachmentIds: string[] = []): SaisinePayload {
  const { endDate, ...facts } = values.facts;
  return {
    kind: values.kind,
    urgent: values.urgent,
    urgencyReason: values.urgent ? values.urgencyReason.trim() : '',
    sender: trimAll(values.sender),
    facts: { ...trimAll(facts), endDate: orNull(endDate) },
    juridictionId: values.specialise ? values.parquetSpecialiseId || null : values.juridictionId,
    routingReason: values.specialise ? values.routingReason.trim() : '',
    qualification: values.qualification.trim(),
    natinf: values.natinf.trim(),
    persons: values.persons.map(toPersonPayload),
    attachmentIds,
  };
}
