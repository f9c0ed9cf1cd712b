import { useState } from 'react';
import { Autocomplete, TextField } from '@mui/material';
import { useGetList } from 'react-admin';

interface JuridictionOption {
  id: string;
  nom: string;
  active?: boolean;
}

interface JuridictionAutocompleteProps {
  /** The referral's court: not a possible target. */
  currentId: string;
  value: string;
  error?: string;
  onChange(value: string): void;
}

/** The target court of a transfer, searched by name (`GET /api/juridictions?filter={"q":…}`). */
export const JuridictionAutocomplete = ({ currentId, value, error, onChange }: JuridictionAutocompleteProps) => {
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<JuridictionOption | null>(null);
  const { data = [], isPending } = useGetList<JuridictionOption>('juridictions', {
    filter: search.trim() ? { q: search.trim() } : {},
    sort: { field: 'nom', order: 'ASC' },
    pagination: { page: 1, perPage: 50 },
  });
  const options = data.filter((court) => court.id !== currentId && court.active !== false);
  return (
    <Autocomplete
      id="transition-juridictionId"
      options={options}
      value={selected && selected.id === value ? selected : null}
      loading={isPending}
      filterOptions={(all) => all}
      getOptionLabel={(court) => court.nom}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_event, court) => {
        setSelected(court);
        onChange(court?.id ?? '');
      }}
      onInputChange={(_event, text, reason) => {
        if (reason === 'input') setSearch(text);
      }}
      noOptionsText="Aucune juridiction trouvée"
      loadingText="Recherche…"
      renderInput={(params) => (
        <TextField
          {...params}
          required
          label="Juridiction destinataire"
          error={Boolean(error)}
          helperText={error ?? 'Tapez le nom ou la ville du tribunal, ou du parquet spécialisé.'}
        />
      )}
    />
  );
};
