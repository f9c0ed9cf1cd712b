import { DataTable, List, SelectInput, TextInput } from 'react-admin';
import { JURIDICTION_TYPE_LABELS, type JuridictionType } from '@info-parquet/common';
import { EmptyList, LoadingOr } from '../layout/ListStates';
import { formatDelai, type JuridictionRecord } from './types';

const Column = DataTable.Col<JuridictionRecord>;

export const TYPE_CHOICES = (Object.keys(JURIDICTION_TYPE_LABELS) as JuridictionType[]).map((type) => ({ id: type, name: JURIDICTION_TYPE_LABELS[type] }));

const filters = [
  <TextInput key="q" source="q" label="Rechercher (nom ou siège)" alwaysOn />,
  <SelectInput key="type" source="type" label="Type" choices={TYPE_CHOICES} alwaysOn />,
  <TextInput key="departementCode" source="departementCode" label="Département (code)" alwaysOn />,
];

/** The national administrator's list of courts: where each one's mail and urgent referrals go. */
const JuridictionList = () => (
  <List sort={{ field: 'nom', order: 'ASC' }} perPage={25} filters={filters} exporter={false} title="Juridictions" empty={false}>
    <LoadingOr label="Chargement des juridictions…">
      <DataTable<JuridictionRecord>
        rowClick="edit"
        bulkActionButtons={false}
        empty={<EmptyList title="Aucune juridiction ne correspond à ces filtres" detail="Modifiez ou retirez des filtres pour élargir la recherche." />}
      >
        <Column source="nom" label="Nom" />
        <Column source="type" label="Type" render={(record) => JURIDICTION_TYPE_LABELS[record.type]} />
        <Column source="departementCode" label="Département" />
        <Column source="emailBureauOrdre" label="Bureau d’ordre" disableSort />
        <Column source="emailPermanence" label="Permanence" disableSort />
        <Column source="urgenceDelaiMinutes" label="Délai cible (urgences)" disableSort render={(record) => formatDelai(record.urgenceDelaiMinutes)} />
        <Column source="active" label="Active" disableSort render={(record) => (record.active ? 'Oui' : 'Non')} />
      </DataTable>
    </LoadingOr>
  </List>
);

export default JuridictionList;
