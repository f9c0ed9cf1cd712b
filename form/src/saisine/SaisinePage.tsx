import { useState } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import type { SaisineReceipt } from '../api/types';
import { usePageTitle } from '../layout/use-page-title';
import { ReceiptView } from '../receipt/ReceiptView';
import { SaisineForm } from './SaisineForm';

/** `/`: the form, then the receipt once the API accepted the referral. */
export function SaisinePage() {
  const [receipt, setReceipt] = useState<SaisineReceipt | null>(null);
  // A new key gives a new form instance: empty values and a new Idempotency-Key.
  const [formKey, setFormKey] = useState(0);

  if (receipt) {
    return (
      <ReceiptView
        receipt={receipt}
        onNewSaisine={() => {
          setReceipt(null);
          setFormKey((key) => key + 1);
        }}
      />
    );
  }
  return <SaisineFormPage key={formKey} onSent={setReceipt} />;
}

function SaisineFormPage({ onSent }: { onSent: (receipt: SaisineReceipt) => void }) {
  usePageTitle('Transmettre une saisine au parquet');
  return (
    <>
      <h1>Transmettre une saisine au parquet</h1>
      <p className={fr.cx('fr-text--lead')}>
        Signalement au titre de l’article 40 du code de procédure pénale, procès-verbal d’infraction ou plainte de
        votre administration : le parquet compétent la reçoit immédiatement et vous recevez un accusé de réception.
      </p>
      <SaisineForm onSent={onSent} />
    </>
  );
}
