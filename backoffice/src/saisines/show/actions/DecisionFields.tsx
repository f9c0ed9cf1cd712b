import { FormControl, FormControlLabel, FormHelperText, FormLabel, MenuItem, Radio, RadioGroup, TextField } from '@mui/material';
import { CLASSEMENT_REASON_LABELS, CLASSEMENT_REASONS, DECISION_LABELS, DECISIONS, TRANSITION_FIELD_LABELS } from '@info-parquet/common';

interface DecisionFieldsProps {
  values: Record<string, string>;
  errors: Record<string, string>;
  onChange(field: 'decision' | 'classementReason' | 'decisionDetail', value: string): void;
}

/** The three decision families of art. 40-1 CPP, the classement's reason, the measure or detail. */
export const DecisionFields = ({ values, errors, onChange }: DecisionFieldsProps) => (
  <>
    <FormControl required error={Boolean(errors.decision)}>
      <FormLabel id="transition-decision-label">{TRANSITION_FIELD_LABELS.decision}</FormLabel>
      <RadioGroup
        aria-labelledby="transition-decision-label"
        value={values.decision ?? ''}
        onChange={(event) => onChange('decision', event.target.value)}
      >
        {DECISIONS.map((decision) => (
          <FormControlLabel key={decision} value={decision} control={<Radio />} label={DECISION_LABELS[decision]} />
        ))}
      </RadioGroup>
      {errors.decision && <FormHelperText>{errors.decision}</FormHelperText>}
    </FormControl>
    {values.decision === 'classement' && (
      <TextField
        id="transition-classementReason"
        select
        required
        fullWidth
        label={TRANSITION_FIELD_LABELS.classementReason}
        value={values.classementReason ?? ''}
        onChange={(event) => onChange('classementReason', event.target.value)}
        error={Boolean(errors.classementReason)}
        helperText={errors.classementReason ?? 'Il sera communiqué à l’expéditeur (art. 40-2 CPP).'}
      >
        {CLASSEMENT_REASONS.map((reason) => (
          <MenuItem key={reason} value={reason}>
            {CLASSEMENT_REASON_LABELS[reason]}
          </MenuItem>
        ))}
      </TextField>
    )}
    {values.decision && (
      <TextField
        id="transition-decisionDetail"
        fullWidth
        multiline
        minRows={2}
        required={values.decision === 'alternative'}
        label={values.decision === 'alternative' ? 'Mesure alternative aux poursuites' : TRANSITION_FIELD_LABELS.decisionDetail}
        value={values.decisionDetail ?? ''}
        onChange={(event) => onChange('decisionDetail', event.target.value)}
        error={Boolean(errors.decisionDetail)}
        helperText={errors.decisionDetail ?? ' '}
      />
    )}
  </>
);
