import { useEffect, useState } from 'react';
import { AutocompleteInput, type AutocompleteInputProps } from 'react-admin';
import { communeLabel } from '@info-parquet/common';
import type { Commune } from '../commune';

const MIN_QUERY_LENGTH = 2;
const matchAll = () => true;
const optionText = (commune: Commune) => communeLabel(commune.nom, commune.codesPostaux, commune.departementCode);

type Search = { query: string; status: 'done' | 'error'; communes: Commune[] };

/** The communes matching what the clerk typed (name or postal code), from the public form's search; stale answers dropped. */
function useCommuneSearch(text: string): Search | null {
  const query = text.trim();
  const [answer, setAnswer] = useState<Search | null>(null);
  useEffect(() => {
    if (query.length < MIN_QUERY_LENGTH) return;
    const controller = new AbortController();
    fetch(`/api/public/communes?q=${encodeURIComponent(query)}`, { signal: controller.signal, headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? (response.json() as Promise<Commune[]>) : Promise.reject(new Error(String(response.status)))))
      .then(
        (communes) => setAnswer({ query, status: 'done', communes }),
        () => {
          if (!controller.signal.aborted) setAnswer({ query, status: 'error', communes: [] });
        },
      );
    return () => controller.abort();
  }, [query]);
  return answer?.query === query ? answer : null;
}

/**
 * « Commune des faits »: the clerk types the name or the postal code printed on the letter and picks
 * the commune, as in the public form (`GET /api/public/communes`); the form keeps its INSEE code.
 */
export const CommuneInput = ({ source, validate }: { source: string; validate?: AutocompleteInputProps['validate'] }) => {
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<Commune | null>(null);
  const search = useCommuneSearch(text);
  const found = search?.communes ?? [];
  // The picked commune stays a choice while another search runs, or the field would show it empty.
  const choices = picked && !found.some((commune) => commune.codeInsee === picked.codeInsee) ? [picked, ...found] : found;
  const waiting = text.trim().length >= MIN_QUERY_LENGTH && !search;
  return (
    <AutocompleteInput
      source={source}
      validate={validate}
      label="Commune des faits"
      helperText="Saisissez le nom ou le code postal de la commune, puis choisissez-la dans la liste."
      choices={choices}
      optionValue="codeInsee"
      optionText={optionText}
      inputText={optionText}
      // The API already matched the text (accents, postal codes): every answer is a suggestion.
      matchSuggestion={matchAll}
      setFilter={setText}
      isPending={waiting}
      shouldRenderSuggestions={(value: string) => value.trim().length >= MIN_QUERY_LENGTH}
      noOptionsText={
        search?.status === 'error'
          ? 'La recherche des communes a échoué : réessayez.'
          : text.trim().length < MIN_QUERY_LENGTH
            ? 'Saisissez au moins 2 caractères du nom ou du code postal.'
            : waiting
              ? 'Recherche…'
              : 'Aucune commune ne correspond.'
      }
      onChange={(_value: string, record: unknown) => setPicked((record as Commune | '') || null)}
      sx={{ width: '100%', maxWidth: 720 }}
    />
  );
};
