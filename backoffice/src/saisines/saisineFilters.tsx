import { SearchInput, SelectArrayInput, SelectInput } from 'react-admin';
import { STATUS_CHOICES } from './labels';

const URGENCY_CHOICES = [
  { id: 'true', name: 'Urgentes seulement' },
  { id: 'false', name: 'Non urgentes' },
];

// The API wants a boolean; a select only holds strings.
const formatUrgency = (value: unknown) => (value === true || value === false ? String(value) : '');
const parseUrgency = (value: string) => (value === '' ? null : value === 'true');

/** Always visible: the bureau d'ordre filters all day long. */
export const saisineFilters = [
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
];
