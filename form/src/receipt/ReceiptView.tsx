import { useEffect, useRef } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { SaisineReceipt } from '../api/types';
import { usePageTitle } from '../layout/use-page-title';
import { CopyButton } from '../lib/CopyButton';
import { formatParisDateTime } from '../lib/format-date';
import { ReceiptPieces } from './ReceiptPieces';

/** The acknowledgement of receipt: the reference, the time, the parquet and the tracking link. */
export function ReceiptView({ receipt, onNewSaisine }: { receipt: SaisineReceipt; onNewSaisine: () => void }) {
  usePageTitle(`Saisine ${receipt.reference} transmise`);
  const heading = useRef<HTMLHeadingElement>(null);
  // The form is gone: the focus (and so the view) goes to the receipt's heading.
  useEffect(() => heading.current?.focus(), []);

  const message = receipt.acknowledgement?.message;
  const pdfUrl = receipt.acknowledgement?.pdfUrl;
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Saisine transmise
      </h1>
      <Alert
        severity="success"
        // Right under the h1: a DSFR alert's default h3 would skip a level (axe heading-order).
        as="h2"
        className={fr.cx('fr-mb-4w')}
        title="Votre saisine a bien été reçue par le parquet"
        description={message ?? 'Conservez sa référence : elle vous sera demandée dans tout échange avec le parquet.'}
      />
      <dl>
        <dt className={fr.cx('fr-text--sm', 'fr-mb-0')}>Référence</dt>
        <dd className={fr.cx('fr-display--xs', 'fr-ml-0', 'fr-mb-3w')} data-testid="reference">
          {receipt.reference}
        </dd>
        <dt className={fr.cx('fr-text--sm', 'fr-mb-0')}>Reçue le</dt>
        <dd className={fr.cx('fr-ml-0', 'fr-mb-3w')}>
          <time dateTime={receipt.receivedAt}>{formatParisDateTime(receipt.receivedAt)}</time> (heure de Paris)
        </dd>
        <dt className={fr.cx('fr-text--sm', 'fr-mb-0')}>Parquet destinataire</dt>
        <dd className={fr.cx('fr-ml-0', 'fr-mb-3w')}>
          {receipt.juridiction.nom}
          {receipt.juridiction.adresse && (
            <>
              <br />
              <span className={fr.cx('fr-text--sm')}>{receipt.juridiction.adresse}</span>
            </>
          )}
        </dd>
        <dt className={fr.cx('fr-text--sm', 'fr-mb-0')}>Lien de suivi</dt>
        <dd className={fr.cx('fr-ml-0', 'fr-mb-3w')}>
          <p className={fr.cx('fr-mb-1w')}>
            Ce lien personnel permet de suivre le traitement de la saisine : conservez-le et ne le communiquez
            qu’aux personnes habilitées.
          </p>
          <p className={fr.cx('fr-mb-1w')}>
            <a
              className={fr.cx('fr-link')}
              href={receipt.trackingUrl}
              target="_blank"
              rel="noopener"
              title="Suivre la saisine – nouvelle fenêtre"
              style={{ wordBreak: 'break-all' }}
            >
              {receipt.trackingUrl}
            </a>
          </p>
          <CopyButton text={receipt.trackingUrl} label="Copier le lien de suivi" />
        </dd>
        <dt className={fr.cx('fr-text--sm', 'fr-mb-0')}>Pièces jointes</dt>
        <dd className={fr.cx('fr-ml-0', 'fr-mb-3w')}>
          <ReceiptPieces pieces={receipt.acknowledgement?.piecesJointes ?? []} />
        </dd>
      </dl>
      {pdfUrl && (
        <p className={fr.cx('fr-mb-4w')}>
          <a className={fr.cx('fr-link', 'fr-icon-download-line', 'fr-link--icon-left')} href={pdfUrl} download>
            Télécharger l’accusé de réception (PDF)
          </a>
        </p>
      )}
      <Button type="button" priority="secondary" onClick={onNewSaisine}>
        Transmettre une autre saisine
      </Button>
    </>
  );
}
