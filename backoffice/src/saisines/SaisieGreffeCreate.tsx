import { Alert } from '@mui/material';
import { Create, SimpleForm } from 'react-admin';
import { todayInParis } from '@info-parquet/common';
import { SaisieGreffeFields } from './create/SaisieGreffeFields';
import { uploadPieces, type ChosenFile } from './create/uploadPieces';
import { validateSaisieGreffe } from './create/validateSaisieGreffe';

const DEFAULTS = { channel: 'papier', receivedDate: todayInParis(), urgent: false, persons: [], sender: { email: '' } };

/** The documents go first; the referral then names them, like the public form's submission. */
async function toEntryBody({ pieces, ...values }: Record<string, unknown>) {
  return { ...values, attachmentIds: await uploadPieces(pieces as ChosenFile[] | undefined) };
}

/**
 * « Saisir une saisine reçue par courrier ou courriel »: a clerk enters a paper or e-mail referral
 * for their court (POST /api/saisines). It then lives like the others: reference, chain,
 * acknowledgement mailed when the sender gave an address.
 */
const SaisieGreffeCreate = () => (
  <Create title="Saisir une saisine reçue par courrier ou courriel" redirect="show" transform={toEntryBody}>
    <Alert severity="info" sx={{ m: 2, mb: 0 }}>
      Recopiez le courrier ou le courriel tel qu’il est arrivé ; la saisine est rattachée à votre juridiction. Les mêmes règles que le
      formulaire en ligne s’appliquent.
    </Alert>
    <SimpleForm defaultValues={DEFAULTS} validate={validateSaisieGreffe}>
      <SaisieGreffeFields />
    </SimpleForm>
  </Create>
);

export default SaisieGreffeCreate;
