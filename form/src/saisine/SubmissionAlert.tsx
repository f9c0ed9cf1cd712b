import { useEffect, useRef, useState } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import type { SubmissionFailure } from './use-saisine-submission';

const VALUES_KEPT = 'Les informations saisies sont conservées.';

/** The error alert at the top of the form; it takes the focus so that the agent hears it. */
export function SubmissionAlert({ failure }: { failure: SubmissionFailure }) {
  const ref = useRef<HTMLDivElement>(null);
  const [unplaced, setUnplaced] = useState<string[]>([]);

  useEffect(() => {
    // Messages for fields that the page does not show (yet) would be lost: list them here.
    const errors = failure.kind === 'rejected' ? Object.entries(failure.errors) : [];
    setUnplaced(errors.filter(([path]) => !document.getElementById(`champ-${path}`)).map(([, message]) => message));
    ref.current?.focus();
  }, [failure]);

  const { title, description } = texts(failure);
  return (
    <div ref={ref} tabIndex={-1} className={fr.cx('fr-mb-4w')}>
      <Alert
        severity="error"
        title={title}
        description={
          <>
            {description}
            {unplaced.length > 0 && (
              <ul>
                {unplaced.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            )}
          </>
        }
      />
    </div>
  );
}

function texts(failure: SubmissionFailure): { title: string; description: string } {
  switch (failure.kind) {
    case 'rejected':
      return { title: 'La saisine n’a pas été envoyée', description: `${failure.message} ${VALUES_KEPT}` };
    case 'network':
      return {
        title: 'La saisine n’a pas pu être envoyée',
        description: `Le service est injoignable. Vérifiez votre connexion, puis cliquez à nouveau sur « Envoyer la saisine ». ${VALUES_KEPT}`,
      };
    case 'server':
      return {
        title: 'La saisine n’a pas pu être envoyée',
        description:
          failure.status < 500 && failure.message
            ? `${failure.message} ${VALUES_KEPT}`
            : `Le service rencontre une difficulté (erreur ${failure.status}). Réessayez dans quelques instants. ${VALUES_KEPT}`,
      };
  }
}
