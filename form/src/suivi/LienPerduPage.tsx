import { useState, type FormEvent } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { ApiError } from '../api/http';
import { postLiensDeSuivi } from '../api/public-api';
import { usePageTitle } from '../layout/use-page-title';

type State = { status: 'idle' | 'sending' } | { status: 'sent'; message: string } | { status: 'error'; message: string };

function failure(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 429) return 'Trop de demandes pour cette adresse : réessayez dans une heure.';
    return error.body.errors?.email ?? error.body.message ?? 'La demande n’a pas abouti.';
  }
  return 'Le service est injoignable : réessayez dans quelques instants.';
}

/** `/lien-perdu`: the agent gets new tracking links for their referrals by e-mail. */
export function LienPerduPage() {
  usePageTitle('Lien de suivi perdu');
  const [email, setEmail] = useState('');
  const [state, setState] = useState<State>({ status: 'idle' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim()) {
      setState({ status: 'error', message: 'Saisissez l’adresse électronique utilisée pour la saisine.' });
      return;
    }
    setState({ status: 'sending' });
    try {
      setState({ status: 'sent', message: (await postLiensDeSuivi(email.trim())).message });
    } catch (error) {
      setState({ status: 'error', message: failure(error) });
    }
  };

  return (
    <>
      <h1>Lien de suivi perdu ?</h1>
      <p>
        Indiquez l’adresse électronique professionnelle saisie lors de l’envoi : vous recevrez à cette adresse un nouveau lien de
        suivi pour chacune de vos saisines des 24 derniers mois. Les liens déjà reçus restent valables.
      </p>
      <div aria-live="polite">
        {state.status === 'sent' && <Alert severity="success" small description={state.message} className={fr.cx('fr-mb-2w')} />}
        {state.status === 'error' && <Alert severity="error" small description={state.message} className={fr.cx('fr-mb-2w')} />}
      </div>
      <form onSubmit={submit} noValidate>
        <Input
          label="Adresse électronique"
          nativeInputProps={{
            type: 'email',
            autoComplete: 'email',
            required: true,
            value: email,
            onChange: (event) => setEmail(event.currentTarget.value),
          }}
        />
        <Button type="submit" disabled={state.status === 'sending'}>
          Recevoir mes liens de suivi
        </Button>
      </form>
    </>
  );
}
