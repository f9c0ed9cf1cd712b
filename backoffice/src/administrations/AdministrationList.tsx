import { BooleanInput, DataTable, List, SelectInput, TextInput } from 'react-admin';
import { ADMINISTRATION_KIND_LABELS, type AdministrationRecord } from '@info-parquet/common';
import { EmptyList, LoadingOr } from '../layout/ListStates';
import { KIND_CHOICES } from './AdministrationForm';

const Column = DataTable.Col<AdministrationRecord>;

const filters = [
  <TextInput key="q" source="q" label="Rechercher" alwaysOn />,
  <SelectInput key="kind" source="kind" label="Type" choices={KIND_CHOICES} alwaysOn />,
  <TextInput key="departementCode" source="departementCode" label="Département (code)" alwaysOn />,
  <BooleanInput key="active" source="active" label="Active" />,
];

/** The administrations that send referrals: created by the administrator or on a first submission. */
const AdministrationList = () => (
  <List sort={{ field: 'nom', order: 'ASC' }} perPage={25} filters={filters} exporter={false} title="Administrations" empty={false}>
    <LoadingOr label="Chargement des administrations…">
      <DataTable<AdministrationRecord>
        rowClick="edit"
        bulkActionButtons={false}
        empty={<EmptyList title="Aucune administration ne correspond à ces filtres" detail="Modifiez les filtres, ou créez l’administration." />}
      >
        <Column source="nom" label="Nom" />
        <Column source="kind" label="Type" render={(record) => ADMINISTRATION_KIND_LABELS[record.kind] ?? record.kind} />
        <Column source="departementCode" label="Département" />
        <Column source="email" label="Adresse électronique" disableSort />
        <Column source="siret" label="SIRET" disableSort />
        <Column source="active" label="Active" disableSort render={(record) => (record.active ? 'Oui' : 'Non')} />
      </DataTable>
    </LoadingOr>
  </List>
);

export default AdministrationList;
