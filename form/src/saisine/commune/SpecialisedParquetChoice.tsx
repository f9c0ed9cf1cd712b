import { useFormikContext } from 'formik';
import { SPECIALISED_REASON_REQUIRED } from '@info-parquet/common';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { CheckboxField } from '../fields/CheckboxField';
import { RadioField } from '../fields/RadioField';
import { TextField } from '../fields/TextField';
import type { SaisineFormValues } from '../form-values';
import type { SpecialisedParquets } from './use-specialised-parquets';

export const SPECIALISED_PARQUET_REQUIRED = 'Choisissez le parquet spécialisé.';
/** The API's message for the same rule (api/src/saisines/submission/resolve-court.ts): only it knows a court's type. */

/** What the shared schema cannot know: a specialised parquet must be chosen, with a reason. */
export function validateSpecialisedChoice(values: SaisineFormValues): Record<string, string> {
  if (!values.specialise) return {};
  const errors: Record<string, string> = {};
  if (!values.parquetSpecialiseId) errors.parquetSpecialiseId = SPECIALISED_PARQUET_REQUIRED;
  if (!values.routingReason.trim()) errors.routingReason = SPECIALISED_REASON_REQUIRED;
  return errors;
}

/** Instead of the local parquet, a national or European one when the facts fall within its competence. */
export function SpecialisedParquetChoice({ specialised }: { specialised: SpecialisedParquets }) {
  const { values } = useFormikContext<SaisineFormValues>();
  return (
    <div className={fr.cx('fr-mb-3w')}>
      <CheckboxField
        name="specialise"
        label="Saisir un parquet spécialisé"
        hint="Parquet national financier, antiterroriste, anticriminalité organisée ou Parquet européen, lorsque les faits relèvent de sa compétence."
      />
      <div aria-live="polite">
        {values.specialise && specialised.status === 'loading' && (
          <p className={fr.cx('fr-text--sm')}>Chargement des parquets spécialisés…</p>
        )}
        {values.specialise && specialised.status === 'error' && (
          <Alert
            small
            severity="warning"
            className={fr.cx('fr-mb-3w')}
            description="La liste des parquets spécialisés n’a pas pu être chargée. Décochez puis cochez de nouveau la case pour réessayer."
          />
        )}
      </div>
      {values.specialise && specialised.status === 'done' && (
        <>
          <RadioField
            name="parquetSpecialiseId"
            legend="Parquet spécialisé"
            required
            options={Object.fromEntries(specialised.parquets.map((parquet) => [parquet.id, parquet.nom]))}
            hints={Object.fromEntries(specialised.parquets.map((parquet) => [parquet.id, parquet.competence ?? '']))}
          />
          <TextField
            name="routingReason"
            label="Motif de la saisine du parquet spécialisé"
            hint="Expliquez pourquoi les faits relèvent de ce parquet plutôt que du parquet du lieu des faits."
            required
            textArea
            rows={3}
            maxLength={1000}
          />
        </>
      )}
    </div>
  );
}
