import { useState, type FormEvent } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { ValidationError } from 'yup';
import { SUIVI_CLOSED_MESSAGE, SUIVI_MESSAGE_MAX_LENGTH, suiviMessageSchema } from '@info-parquet/common';
import { ApiError } from '../api/http';
import { postSuiviMessage } from '../api/public-api';
import { PiecesJointesSection } from '../saisine/pieces/PiecesJointesSection';
import { usePiecesJointes } from '../saisine/pieces/use-pieces-jointes';

interface Props {
  token: string;
  closed: boolean;
  awaitingComplement: boolean;
  /** After a message was accepted: what the server said. */
  onSent: (confirmation: string) => void;
}

function failure(error: unknown): string {
  if (error instanceof ApiError) {
    const fields = Object.values(error.body.errors ?? {});
    return [error.body.message, ...fields].filter(Boolean).join(' ');
  }
  return 'Le service est injoignable : votre message n’a pas été envoyé. Réessayez dans quelques instants.';
}

/** Answer the court or add a message and documents; closed referrals take nothing more. */
export function SuiviMessageForm({ token, closed, awaitingComplement, onSent }: Props) {
  const pieces = usePiecesJointes();
  const [message, setMessage] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The API's own rules (common): an empty message without documents, or one too long.
    try {
      await suiviMessageSchema.validate({ message, attachmentIds: pieces.attachmentIds });
    } catch (invalid) {
      if (!(invalid instanceof ValidationError)) throw invalid;
      setError(invalid.message);
      return;
    }
    setSending(true);
    setError(null);
    try {
      const answer = await postSuiviMessage(token, { message, attachmentIds: pieces.attachmentIds });
      onSent(answer.message);
    } catch (caught) {
      setError(failure(caught));
      setSending(false);
    }
  };

  return (
    <section className={fr.cx('fr-my-4w')} aria-labelledby="suivi-repondre">
      <h2 id="suivi-repondre" className="fr-h4">
        {awaitingComplement ? 'Répondre au parquet' : 'Ajouter un message ou des pièces'}
      </h2>
      {closed && <Alert severity="info" small description={SUIVI_CLOSED_MESSAGE} className={fr.cx('fr-mb-2w')} />}
      <form onSubmit={submit} noValidate>
        <fieldset disabled={closed || sending} className="fr-fieldset" style={{ border: 0, padding: 0 }}>
          <Input
            label="Votre message"
            hintText={`${SUIVI_MESSAGE_MAX_LENGTH.toLocaleString('fr-FR')} caractères au plus. Le parquet en est avisé aussitôt.`}
            textArea
            nativeTextAreaProps={{
              rows: 5,
              maxLength: SUIVI_MESSAGE_MAX_LENGTH,
              value: message,
              onChange: (event) => setMessage(event.currentTarget.value),
            }}
          />
          <PiecesJointesSection pieces={pieces} draftNotice={false} />
          {error && <Alert severity="error" small description={error} className={fr.cx('fr-mb-2w')} />}
          <Button type="submit" disabled={closed || sending || pieces.uploading}>
            {sending ? 'Envoi en cours…' : 'Envoyer au parquet'}
          </Button>
        </fieldset>
      </form>
    </section>
  );
}
