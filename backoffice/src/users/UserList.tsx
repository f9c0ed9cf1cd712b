import { AutocompleteInput, BooleanInput, DataTable, List, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { ROLE_LABELS, type UserRecord } from '@info-parquet/common';
import { ROLE_CHOICES } from './UserForm';

const Column = DataTable.Col<UserRecord>;

const filters = [
  <TextInput key="q" source="q" label="Rechercher" alwaysOn />,
  <SelectInput key="role" source="role" label="Rôle" choices={ROLE_CHOICES} alwaysOn />,
  <ReferenceInput key="juridictionId" source="juridictionId" reference="juridictions" sort={{ field: 'nom', order: 'ASC' }} alwaysOn>
    <AutocompleteInput label="Juridiction" optionText="nom" filterToQuery={(q) => ({ q })} />
  </ReferenceInput>,
  <BooleanInput key="active" source="active" label="Actif" />,
];

/** The national administrator's list of accounts, filtered by role, court and activation. */
const UserList = () => (
  <List sort={{ field: 'displayName', order: 'ASC' }} perPage={25} filters={filters} exporter={false} title="Utilisateurs">
    <DataTable<UserRecord> rowClick="edit" bulkActionButtons={false}>
      <Column source="displayName" label="Nom" />
      <Column source="email" label="Adresse électronique" />
      <Column source="role" label="Rôle" render={(record) => ROLE_LABELS[record.role]} />
      <Column source="juridictionNom" label="Juridiction" disableSort />
      <Column source="active" label="Actif" render={(record) => (record.active ? 'Oui' : 'Non')} />
    </DataTable>
  </List>
);

export default UserList;
