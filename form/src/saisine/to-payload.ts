import type { PersonFormValues, SaisineFormValues } from './form-values';

/** The JSON body of `POST /api/public/saisines` (ARCHITECTURE.md, version 1). */
export interface SaisinePayload {
  kind: string;
  urgent: boolean;
  urgencyReason: string;
  sender: SaisineFormValues['sender'];
  facts: Omit<SaisineFormValues['facts'], 'endDate'> & { endDate: string | null };
  juridictionId: string | null;
  qualification: string;
  persons: PersonPayload[];
  attachmentIds: string[];
}

export type PersonPayload =
  | { role: string; type: 'physique'; lastName: string; firstName: string; birthDate: string | null }
  | { role: string; type: 'morale'; name: string; siret: string };

const trimAll = <T extends Record<string, string>>(record: T): T =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, value.trim()])) as T;

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

function toPersonPayload(person: PersonFormValues): PersonPayload {
  if (person.type === 'morale') {
    return { role: person.role, type: 'morale', name: person.name.trim(), siret: person.siret.replace(/\s/g, '') };
  }
  return {
    role: person.role,
    type: 'physique',
    lastName: person.lastName.trim(),
    firstName: person.firstName.trim(),
    birthDate: orNull(person.birthDate),
  };
}

/** Only what the agent filled in and what the chosen options need: empty dates travel as null; files by their ids. */
export function toPayload(values: SaisineFormValues, attachmentIds: string[] = []): SaisinePayload {
  const { endDate, ...facts } = values.facts;
  return {
    kind: values.kind,
    urgent: values.urgent,
    urgencyReason: values.urgent ? values.urgencyReason.trim() : '',
    sender: trimAll(values.sender),
    facts: { ...trimAll(facts), endDate: orNull(endDate) },
    juridictionId: values.juridictionId,
    qualification: values.qualification.trim(),
    persons: values.persons.map(toPersonPayload),
    attachmentIds,
  };
}
