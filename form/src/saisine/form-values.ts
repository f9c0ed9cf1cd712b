import type { AdministrationKind, PersonType, SaisineKind } from '@info-parquet/common';
import type { Commune } from '../api/types';

/**
 * The formik state of the form: the shape of the shared `saisineSchema`, with `''` where an
 * input is still empty (controlled inputs never hold `undefined`). `toPayload` turns it into JSON.
 */
export interface PersonFormValues {
  role: 'mis_en_cause';
  type: PersonType;
  lastName: string;
  firstName: string;
  birthDate: string;
  name: string;
  siret: string;
}

export interface SaisineFormValues {
  kind: SaisineKind | '';
  urgent: boolean;
  urgencyReason: string;
  sender: {
    administration: string;
    administrationKind: AdministrationKind | '';
    service: string;
    agentName: string;
    agentFunction: string;
    email: string;
    phone: string;
  };
  facts: {
    narrative: string;
    startDate: string;
    endDate: string;
    communeInsee: string;
    address: string;
    knowledge: string;
  };
  juridictionId: string | null;
  qualification: string;
  persons: PersonFormValues[];
  /** The commune as the combobox shows it (to restore a draft); never sent, `facts.communeInsee` is. */
  commune: Commune | null;
}

export function emptySaisine(): SaisineFormValues {
  return {
    kind: '',
    urgent: false,
    urgencyReason: '',
    sender: {
      administration: '',
      administrationKind: '',
      service: '',
      agentName: '',
      agentFunction: '',
      email: '',
      phone: '',
    },
    facts: { narrative: '', startDate: '', endDate: '', communeInsee: '', address: '', knowledge: '' },
    juridictionId: null,
    qualification: '',
    persons: [],
    commune: null,
  };
}

export function emptyMisEnCause(): PersonFormValues {
  return { role: 'mis_en_cause', type: 'physique', lastName: '', firstName: '', birthDate: '', name: '', siret: '' };
}
