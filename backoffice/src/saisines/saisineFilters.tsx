import {
  AutocompleteInput,
  DateInput,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  useGetIdentity,
} from 'react-admin';
import { ADMINISTRATION_KIND_LABELS, CHANNEL_LABELS, SAISINE_KIND_LABELS } from '@info-parquet/common';
import { choicesOf, STATUS_CHOICES } from './labels';

const URGENCY_CHOICES = [
  { id: 'true', name: 'Urgentes seulement' },
  { id: 'false', name: 'Non urgentes' },
];
const KIND_CHOICES = choicesOf(SAISINE_KIND_LABELS);
const ADMINISTRATION_KIND_CHOICES = choicesOf(ADMINISTRATION_KIND_LABELS);
const CHANNEL_CHOICES = choicesOf(CHANNEL_LABELS);

// The API wants a boolean; a select only holds strings.
const formatUrgency = (value: unknown) => (value === true || value === false ? String(value) : '');
const parseUrgency = (value: string) => (value === '' ? null : value === 'true');

/**
 * The list's filters: search, status and urgency always visible (the bureau d'ordre filters all
 * day long); the others behind "Ajouter un filtre". The court filter only for users who see
 * several courts; the people offered as assignees are those the API lets the user read.
 */
export function useSaisineFilters() {
  const { identity } = useGetIdentity();
  const seesSeveralCourts = identity != null && !identity.juridictionId;
  return [
    <SearchInput
      key="q"
      source="q"
      alwaysOn
      placeholder="Rechercher : référence, nom, administration, faits…"
      slotProps={{ htmlInput: { 'aria-label': 'Rechercher une saisine' } }}
      sx={{ minWidth: { md: 500 } }}
    />,
    <SelectArrayInput key="status" source="status" choices={STATUS_CHOICES} alwaysOn sx={{ minWidth: 200 }} />,
    <SelectInput
      key="urgent"
      source="urgent"
      choices={URGENCY_CHOICES}
      emptyText="Toutes"
      format={formatUrgency}
      parse={parseUrgency}
      alwaysOn
      sx={{ minWidth: 180 }}
    />,
    <SelectArrayInput key="kind" source="kind" choices={KIND_CHOICES} sx={{ minWidth: 220 }} />,
    <SelectArrayInput key="channel" source="channel" choices={CHANNEL_CHOICES} sx={{ minWidth: 220 }} />,
    <SelectArrayInput key="administrationKind" source="administrationKind" choices={ADMINISTRATION_KIND_CHOICES} sx={{ minWidth: 260 }} />,
    <ReferenceInput key="administrationId" source="administrationId" reference="administrations" sort={{ field: 'nom', order: 'ASC' }}>
      <AutocompleteInput optionText="nom" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 320 }} />
    </ReferenceInput>,
    <ReferenceInput
      key="assigneeId"
      source="assigneeId"
      reference="users"
      filter={identity?.juridictionId ? { juridictionId: identity.juridictionId, active: true } : { active: true }}
      sort={{ field: 'displayName', order: 'ASC' }}
    >
      <AutocompleteInput optionText="displayName" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 240 }} />
    </ReferenceInput>,
    <DateInput key="receivedAt_gte" source="receivedAt_gte" />,
    <DateInput key="receivedAt_lte" source="receivedAt_lte" />,
    <DateInput key="decidedAt_gte" source="decidedAt_gte" />,
    <DateInput key="decidedAt_lte" source="decidedAt_lte" />,
    ...(seesSeveralCourts
      ? [
          <ReferenceInput key="juridictionId" source="juridictionId" reference="juridictions" sort={{ field: 'nom', order: 'ASC' }}>
            <AutocompleteInput optionText="nom" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 280 }} />
          </ReferenceInput>,
        ]
      : []),
  ];
}
