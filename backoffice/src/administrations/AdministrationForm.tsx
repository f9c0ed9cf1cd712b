import { BooleanInput, SelectInput, SimpleForm, TextInput, required, type SimpleFormProps } from 'react-admin';
import { ADMINISTRATION_FIELDS, ADMINISTRATION_KIND_LABELS, ADMINISTRATION_KINDS, administrationSchema, schemaErrors } from '@info-parquet/common';
import { SaveOnlyToolbar } from '../layout/SaveOnlyToolbar';

export const KIND_CHOICES = ADMINISTRATION_KINDS.map((kind) => ({ id: kind, name: ADMINISTRATION_KIND_LABELS[kind] }));

/** What the API takes: the administration's fields only. */
export function toAdministrationBody(data: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = Object.fromEntries(ADMINISTRATION_FIELDS.map((field) => [field, data[field] ?? '']));
  body.departementCode = data.departementCode || null;
  body.active = data.active !== false;
  return body;
}

// The rule of common/reference-data-schemas.ts (SIRET with its Luhn key…), checked before sending.
const validate = (values: Record<string, unknown>) => schemaErrors(administrationSchema, toAdministrationBody(values));

/**
 * The fields of an administration, shared by the creation and the edition pages. `noValidate`: the
 * browser's own (English) e-mail check would hide the shared rule's French messages.
 */
export const AdministrationForm = (props: Omit<SimpleFormProps, 'children'>) => (
  <SimpleForm validate={validate} noValidate toolbar={<SaveOnlyToolbar />} {...props}>
    <TextInput source="nom" label="Nom" validate={required()} fullWidth />
    <SelectInput source="kind" label="Type d’administration" choices={KIND_CHOICES} validate={required()} />
    <TextInput source="departementCode" label="Département (code)" helperText="Par exemple 41, 2A ou 974 ; vide pour un service national." />
    <TextInput source="email" label="Adresse électronique de contact" type="email" fullWidth />
    <TextInput source="siret" label="SIRET" helperText="14 chiffres ; la clé de contrôle est vérifiée." />
    <BooleanInput source="active" label="Administration active" />
  </SimpleForm>
);
