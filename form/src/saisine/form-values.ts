import type { AdministrationKind, PersonRole, PersonType, SaisineKind } from '@info-parquet/common';
import type { Commune } from '../api/types';
import { FIRST_STEP, type StepId } from './steps/steps';

/**
 * The formik state of the form: the shape of the shared `saisineSchema`, with `''` where an
 * input is still empty (controlled inputs never hold `undefined`). `toPayload` turns it into JSON.
 */
export interface PersonFormValues {
  role: PersonRole | '';
  type: PersonType;
  lastName: string;
  firstName: string;
  birthDate: string;
  address: string;
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
  /** The agent sends the referral to a specialised parquet (PNF, PNAT…) instead of the local one. */
  specialise: boolean;
  parquetSpecialiseId: string;
  /** Why the specialised parquet: required then, and only then sent. */
  routingReason: string;
  qualification: string;
  natinf: string;
  persons: PersonFormValues[];
  /** The commune as the combobox shows it (to restore a draft); never sent, `facts.communeInsee` is. */
  commune: Commune | null;
  /** The step the agent is on: kept with the draft so that a reload comes back to it; never sent. */
  step: StepId;
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
    specialise: false,
    parquetSpecialiseId: '',
    routingReason: '',
    qualification: '',
    natinf: '',
    persons: [],
    commune: null,
    step: FIRST_STEP,
  };
}

export function emptyPerson(): PersonFormValues {
  return { role: '', type: 'physique', lastName: '', firstName: '', birthDate: '', address: '', name: '', siret: '' };
}
