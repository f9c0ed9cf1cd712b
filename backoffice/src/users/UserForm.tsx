import {
  AutocompleteInput,
  BooleanInput,
  FormDataConsumer,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
  type SimpleFormProps,
} from 'react-admin';
import { ROLE_LABELS, ROLES, USER_ACCOUNT_FIELDS, roleNeedsCourt, userAccountErrors } from '@info-parquet/common';
import { SaveOnlyToolbar } from '../layout/SaveOnlyToolbar';

export const ROLE_CHOICES = ROLES.map((role) => ({ id: role, name: ROLE_LABELS[role] }));

/** What the API takes: the account's fields only, with no court for the roles that have none. */
export function toAccountBody(data: Record<string, unknown>): Record<string, unknown> {
  const body = Object.fromEntries(USER_ACCOUNT_FIELDS.map((field) => [field, data[field]]));
  body.juridictionId = roleNeedsCourt(body.role) && data.juridictionId ? data.juridictionId : null;
  body.active = data.active !== false;
  return body;
}

// The rule of common/user-account.ts, the one the API enforces, checked before sending.
const validate = (values: Record<string, unknown>) => userAccountErrors(toAccountBody(values));

/** The court, only for the roles that work a court's referrals (greffier, magistrat). */
const CourtInput = () => (
  <FormDataConsumer<{ role?: string }>>
    {({ formData }) =>
      roleNeedsCourt(formData.role) ? (
        <ReferenceInput source="juridictionId" reference="juridictions" sort={{ field: 'nom', order: 'ASC' }} perPage={50}>
          <AutocompleteInput label="Juridiction" optionText="nom" filterToQuery={(q) => ({ q })} validate={required()} />
        </ReferenceInput>
      ) : null
    }
  </FormDataConsumer>
);

/**
 * The fields of an account, shared by the creation and the edition pages. `noValidate`: the
 * browser's own (English) e-mail check would hide the shared rule's French messages.
 */
export const UserForm = (props: Omit<SimpleFormProps, 'children'>) => (
  <SimpleForm validate={validate} noValidate toolbar={<SaveOnlyToolbar />} {...props}>
    <TextInput source="displayName" label="Nom affiché" validate={required()} />
    <TextInput source="email" label="Adresse électronique" type="email" validate={required()} />
    <SelectInput source="role" label="Rôle" choices={ROLE_CHOICES} validate={required()} />
    <CourtInput />
    <BooleanInput source="active" label="Compte actif" />
  </SimpleForm>
);
