import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { isSaisineStatus, STATUS_DESCRIPTIONS, SUIVI_LINK_INVALID } from '@info-parquet/common';
import type { Suivi } from '../api/types';
import { usePageTitle } from '../layout/use-page-title';
import { formatParisDateTime } from '../lib/format-date';
import { SuiviDecision } from './SuiviDecision';
import { SuiviTimeline } from './SuiviTimeline';
import { useSuivi } from './use-suivi';
import { SuiviThread } from './SuiviThread';
import { SuiviMessageForm } from './SuiviMessageForm';

/** `/suivi/<token>`: where the referral stands (a first, small version of the tracking page). */
export function SuiviPage() {
  const { token = '' } = useParams();
  const [reload, setReload] = useState(0);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const state = useSuivi(token, reload);
  usePageTitle(state.status === 'found' ? `Suivi de la saisine ${state.suivi.reference}` : 'Suivi d’une saisine');

  return (
    <>
      <h1>Suivi de votre saisine</h1>
      <div aria-live="polite" aria-busy={state.status === 'loading'}>
        {state.status === 'loading' && <p>Chargement…</p>}
        {state.status === 'not-found' && (
          <Alert
            severity="error"
            title={SUIVI_LINK_INVALID}
            description={
              <>
                Vérifiez que vous avez copié le lien en entier, tel qu’il figure sur l’accusé de réception.{' '}
                <Link to="/lien-perdu">Lien perdu ? Recevoir un nouveau lien par courriel</Link>
              </>
            }
          />
        )}
        {state.status === 'error' && (
          <Alert
            severity="error"
            title="Le suivi est momentanément indisponible"
            description="Le service ne répond pas. Réessayez dans quelques instants."
          />
        )}
        {confirmation && <Alert severity="success" small description={confirmation} className={fr.cx('fr-mb-2w')} />}
        {state.status === 'found' && (
          <>
            <SuiviDetails suivi={state.suivi} />
            <SuiviThread thread={state.suivi.thread ?? []} />
            <SuiviMessageForm
              key={reload}
              token={token}
              closed={state.suivi.canAddMessage === false}
              awaitingComplement={state.suivi.status === 'complement_demande'}
              onSent={(message) => {
                setConfirmation(message);
                setReload((n) => n + 1);
              }}
            />
          </>
        )}
      </div>
    </>
  );
}

function SuiviDetails({ suivi }: { suivi: Suivi }) {
  const description = isSaisineStatus(suivi.status) ? STATUS_DESCRIPTIONS[suivi.status] : null;
  return (
    <>
      <p className={fr.cx('fr-text--lead', 'fr-mb-2w')}>Saisine {suivi.reference}</p>
      <p>
        Statut : <Badge as="span" severity="info">{suivi.statusLabel}</Badge>
      </p>
      {description && <p>{description}</p>}
      <p>
        Reçue le <time dateTime={suivi.receivedAt}>{formatParisDateTime(suivi.receivedAt)}</time>
        {suivi.juridiction && <> par le parquet du {suivi.juridiction.nom}</>}.
      </p>
      {suivi.numeroParquet && (
        <p>
          Numéro parquet : <strong>{suivi.numeroParquet}</strong> (à rappeler dans tout échange avec le parquet)
        </p>
      )}
      <SuiviDecision suivi={suivi} />
      <SuiviTimeline events={suivi.events} />
    </>
  );
}
