import { useState } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import type { SaisineReceipt } from '../api/types';
import { ReceiptView } from '../receipt/ReceiptView';
import { clearDraft, loadDraft } from './draft/draft-storage';
import { DraftNotice } from './draft/DraftNotice';
import { emptySaisine } from './form-values';
import { SaisineForm } from './SaisineForm';
import { FORM_TITLE } from './steps/SaisineStepper';

/** `/`: the form (refilled from the browser's draft if any), then the receipt once the API accepted the referral. */
export function SaisinePage() {
  const [receipt, setReceipt] = useState<SaisineReceipt | null>(null);
  // A new key gives a new form instance: empty values and a new Idempotency-Key.
  const [formKey, setFormKey] = useState(0);
  const restart = () => setFormKey((key) => key + 1);

  if (receipt) {
    return (
      <ReceiptView
        receipt={receipt}
        onNewSaisine={() => {
          setReceipt(null);
          restart();
        }}
      />
    );
  }
  return (
    <SaisineFormPage
      key={formKey}
      onSent={(sent) => {
        clearDraft();
        setReceipt(sent);
      }}
      onDiscardDraft={() => {
        clearDraft();
        restart();
      }}
    />
  );
}

function SaisineFormPage({ onSent, onDiscardDraft }: { onSent: (receipt: SaisineReceipt) => void; onDiscardDraft: () => void }) {
  // The page's title is set by the stepper: it names the step.
  const [draft] = useState(loadDraft);
  return (
    <>
      <h1>{FORM_TITLE}</h1>
      <p className={fr.cx('fr-text--lead')}>
        Signalement au titre de l’article 40 du code de procédure pénale, procès-verbal d’infraction ou plainte de
        votre administration : le parquet compétent la reçoit immédiatement et vous recevez un accusé de réception.
      </p>
      {draft && <DraftNotice savedAt={draft.savedAt} onDiscard={onDiscardDraft} />}
      <SaisineForm initialValues={draft?.values ?? emptySaisine()} onSent={onSent} />
    </>
  );
}
