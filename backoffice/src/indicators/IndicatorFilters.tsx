import { Autocomplete, MenuItem, Stack, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useGetList } from 'react-admin';
import { ADMINISTRATION_KIND_LABELS, SAISINE_KIND_LABELS, type IndicatorQuery, type IndicatorsResponse } from '@info-parquet/common';

interface Props {
  query: IndicatorQuery;
  applied: IndicatorsResponse['query'] | undefined;
  /** National readers choose a court; a court's reader sees their own. */
  national: boolean;
  onChange(changes: Partial<Record<keyof IndicatorQuery, string | undefined>>): void;
}

interface Option {
  id: string | number;
  nom: string;
}

/** A court or an administration of the directory, searched among the first 1 000 by name. */
function ReferenceFilter({ resource, label, value, onChange }: { resource: string; label: string; value: string | number | undefined; onChange(id: string | undefined): void }) {
  const { data = [], isPending } = useGetList<Option>(resource, { sort: { field: 'nom', order: 'ASC' }, pagination: { page: 1, perPage: 1000 } });
  const selected = data.find((option) => String(option.id) === String(value)) ?? null;
  return (
    <Autocomplete
      sx={{ minWidth: 260 }}
      size="small"
      options={data}
      loading={isPending}
      value={selected}
      getOptionLabel={(option) => option.nom}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_event, option) => onChange(option ? String(option.id) : undefined)}
      noOptionsText="Aucun résultat"
      loadingText="Chargement…"
      renderInput={(params) => <TextField {...params} label={label} placeholder="Toutes" />}
    />
  );
}

/** Period, court, administration, kind of referral, series step: each change reloads the figures. */
export const IndicatorFilters = ({ query, applied, national, onChange }: Props) => (
  <Stack component="form" aria-label="Filtres des indicateurs" direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }} onSubmit={(event) => event.preventDefault()}>
    <TextField
      size="small"
      type="date"
      label="Du"
      value={query.from ?? applied?.from ?? ''}
      onChange={(event) => event.target.value && onChange({ from: event.target.value })}
      slotProps={{ inputLabel: { shrink: true } }}
    />
    <TextField
      size="small"
      type="date"
      label="Au"
      value={query.to ?? applied?.to ?? ''}
      onChange={(event) => event.target.value && onChange({ to: event.target.value })}
      slotProps={{ inputLabel: { shrink: true } }}
    />
    {national && <ReferenceFilter resource="juridictions" label="Juridiction" value={query.juridictionId} onChange={(id) => onChange({ juridictionId: id })} />}
    <TextField
      select
      size="small"
      label="Type d’administration"
      sx={{ minWidth: 220 }}
      value={query.administrationKind ?? ''}
      onChange={(event) => onChange({ administrationKind: event.target.value || undefined, administrationId: undefined })}
    >
      <MenuItem value="">Tous</MenuItem>
      {Object.entries(ADMINISTRATION_KIND_LABELS).map(([value, label]) => (
        <MenuItem key={value} value={value}>
          {label}
        </MenuItem>
      ))}
    </TextField>
    <ReferenceFilter resource="administrations" label="Administration" value={query.administrationId} onChange={(id) => onChange({ administrationId: id })} />
    <TextField select size="small" label="Nature" sx={{ minWidth: 200 }} value={query.kind ?? ''} onChange={(event) => onChange({ kind: event.target.value || undefined })}>
      <MenuItem value="">Toutes</MenuItem>
      {Object.entries(SAISINE_KIND_LABELS).map(([value, label]) => (
        <MenuItem key={value} value={value}>
          {label}
        </MenuItem>
      ))}
    </TextField>
    <ToggleButtonGroup
      size="small"
      exclusive
      aria-label="Pas des séries"
      value={query.granularity ?? 'week'}
      onChange={(_event, value: string | null) => value && onChange({ granularity: value === 'week' ? undefined : value })}
    >
      <ToggleButton value="week">Par semaine</ToggleButton>
      <ToggleButton value="month">Par mois</ToggleButton>
    </ToggleButtonGroup>
  </Stack>
);
