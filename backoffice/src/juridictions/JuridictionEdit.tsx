import { Box, Typography } from '@mui/material';
import { BooleanInput, Edit, NumberInput, SimpleForm, TextInput, useRecordContext, required } from 'react-admin';
import { JURIDICTION_EDIT_FIELDS, JURIDICTION_TYPE_LABELS, juridictionEditSchema, schemaErrors } from '@info-parquet/common';
import { SaveOnlyToolbar } from '../layout/SaveOnlyToolbar';
import { ChangeHistory } from './ChangeHistory';
import type { JuridictionRecord } from './types';

/** What the API takes: the fields the administrator may change, nothing of the court's identity. */
export function toJuridictionBody(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(JURIDICTION_EDIT_FIELDS.map((field) => [field, data[field]]));
}

// The rule of common/reference-data-schemas.ts, the one the API enforces, checked before sending.
const validate = (values: Record<string, unknown>) => schemaErrors(juridictionEditSchema, toJuridictionBody(values));

/** Name, seat and jurisdiction come from the reference sources: shown, not edited. */
const Identity = () => {
  const record = useRecordContext<JuridictionRecord>();
  if (!record) return null;
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="h6" component="h2">
        {record.nom}
      </Typography>
      <Typography color="text.secondary">
        {JURIDICTION_TYPE_LABELS[record.type]} — siège : {record.siege}
        {record.departementsRessort.length > 0 ? ` — ressort : ${record.departementsRessort.join(', ')}` : ''}
      </Typography>
    </Box>
  );
};

/**
 * Every change is logged by the API (who, when, before, after). `noValidate`: the browser's own
 * (English) e-mail check would hide the shared rule's French messages.
 */
const JuridictionEdit = () => (
  <Edit title="Modifier la juridiction" mutationMode="pessimistic" transform={toJuridictionBody}>
    <SimpleForm validate={validate} noValidate toolbar={<SaveOnlyToolbar />}>
      <Identity />
      <TextInput source="adresse" label="Adresse" multiline fullWidth />
      <TextInput source="emailBureauOrdre" label="Adresse électronique du bureau d’ordre" type="email" validate={required()} fullWidth />
      <TextInput source="emailPermanence" label="Adresse électronique de la permanence" type="email" validate={required()} fullWidth />
      <TextInput source="telephonePermanence" label="Téléphone de la permanence" />
      <NumberInput source="urgenceDelaiMinutes" label="Délai cible de prise en compte des urgences (minutes)" validate={required()} step={15} />
      <BooleanInput source="active" label="Juridiction active" />
    </SimpleForm>
    <Box sx={{ px: 2, pb: 2 }}>
      <ChangeHistory entity="juridiction" />
    </Box>
  </Edit>
);

export default JuridictionEdit;
