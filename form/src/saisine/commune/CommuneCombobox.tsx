import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import type { Commune } from '../../api/types';
import { formatCommune, MIN_QUERY_LENGTH, useCommuneSearch, type CommuneSearch } from './use-commune-search';
import './commune-combobox.css';

interface CommuneComboboxProps {
  inputId: string;
  label: ReactNode;
  hint: ReactNode;
  required?: boolean;
  error?: string;
  onSelect: (commune: Commune | null) => void;
  onBlur?: () => void;
  /** The commune already chosen (a restored draft): shown as chosen, not searched. */
  initialCommune?: Commune | null;
}

/**
 * A text input with a list of suggested communes (WAI-ARIA combobox pattern): type a name or a
 * postal code, move with the arrow keys, pick with Enter or a click, close with Escape.
 */
export function CommuneCombobox({ inputId, label, hint, required, error, onSelect, onBlur, initialCommune = null }: CommuneComboboxProps) {
  const listId = useId();
  const [text, setText] = useState(() => (initialCommune ? formatCommune(initialCommune) : ''));
  const [selected, setSelected] = useState<Commune | null>(initialCommune);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const search = useCommuneSearch(text, selected === null);
  const { communes } = search;
  const listOpen = open && search.status === 'done' && communes.length > 0;
  const optionId = (index: number) => `${listId}-option-${index}`;

  const choose = (commune: Commune) => {
    setSelected(commune);
    setText(formatCommune(commune));
    setOpen(false);
    setActive(-1);
    onSelect(commune);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = communes.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        if (count === 0) return;
        event.preventDefault();
        setOpen(true);
        if (event.key === 'ArrowDown') setActive((index) => (index + 1) % count);
        else setActive((index) => (index <= 0 ? count - 1 : index - 1));
        return;
      case 'Enter':
        // Enter picks a suggestion; it must not send the form while the list is open.
        if (!listOpen) return;
        event.preventDefault();
        if (active >= 0) choose(communes[active]);
        else if (count === 1) choose(communes[0]);
        return;
      case 'Escape':
        if (listOpen) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        }
        return;
    }
  };

  const status = selected ? null : statusMessage(search.status, communes.length, text, listOpen);
  const messagesId = `${inputId}-messages`;

  return (
    <div className={fr.cx('fr-input-group', error !== undefined && 'fr-input-group--error')}>
      <label className={fr.cx('fr-label')} htmlFor={inputId}>
        {label}
        <span className={fr.cx('fr-hint-text')}>{hint}</span>
      </label>
      <div className="ip-combobox">
        <input
          id={inputId}
          className={fr.cx('fr-input', error !== undefined && 'fr-input--error')}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={listOpen}
          aria-controls={listId}
          aria-activedescendant={listOpen && active >= 0 ? optionId(active) : undefined}
          aria-describedby={messagesId}
          aria-invalid={error !== undefined || undefined}
          required={required}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
            if (selected) {
              setSelected(null);
              onSelect(null);
            }
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setOpen(false);
            onBlur?.();
          }}
        />
        <ul id={listId} role="listbox" aria-label="Communes proposées" className="ip-combobox__list" hidden={!listOpen}>
          {listOpen &&
            communes.map((commune, index) => (
              <li
                key={commune.codeInsee}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className="ip-combobox__option"
                // Keep the focus in the input: the click then picks the option before any blur.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(commune)}
              >
                {formatCommune(commune)}
              </li>
            ))}
        </ul>
      </div>
      <div className={fr.cx('fr-messages-group')} id={messagesId} aria-live="polite">
        {error !== undefined && <p className={fr.cx('fr-message', 'fr-message--error')}>{error}</p>}
        {status && <p className={fr.cx('fr-message', 'fr-message--info')}>{status}</p>}
      </div>
    </div>
  );
}

function statusMessage(status: CommuneSearch['status'], count: number, text: string, listOpen: boolean): string | null {
  if (text.trim().length > 0 && text.trim().length < MIN_QUERY_LENGTH) return 'Saisissez au moins 2 caractères.';
  switch (status) {
    case 'loading':
      return 'Recherche des communes…';
    case 'error':
      return 'La recherche des communes a échoué. Réessayez dans un instant.';
    case 'done':
      if (count === 0) return `Aucune commune ne correspond à « ${text.trim()} ».`;
      return !listOpen
        ? null
        : `${count} commune${count > 1 ? 's' : ''} proposée${count > 1 ? 's' : ''} : choisissez avec les flèches puis Entrée, ou cliquez.`;
    default:
      return null;
  }
}
