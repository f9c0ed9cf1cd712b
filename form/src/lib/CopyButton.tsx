import { useState } from 'react';
import { Button } from '@codegouvfr/react-dsfr/Button';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies a text to the clipboard and says so (aria-live), or tells to copy it by hand. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<CopyState>('idle');

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('Presse-papiers indisponible');
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <>
      <Button type="button" priority="secondary" size="small" iconId="fr-icon-clipboard-line" onClick={() => void copy()}>
        {label}
      </Button>
      <span role="status" className="fr-ml-2w fr-text--sm">
        {state === 'copied' && 'Lien copié.'}
        {state === 'failed' && 'La copie a échoué : sélectionnez le lien pour le copier.'}
      </span>
    </>
  );
}
