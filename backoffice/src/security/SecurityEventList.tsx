import { DataTable, DateTimeInput, List, SelectInput, TextInput } from 'react-admin';
import { SECURITY_EVENT_TYPE_LABELS, SECURITY_EVENT_TYPES, type SecurityEventRecord } from '@info-parquet/common';
import { formatDateTime } from '../format';
import { EmptyList, LoadingOr } from '../layout/ListStates';
import { describeDetails } from './details';

const Column = DataTable.Col<SecurityEventRecord>;
const TYPE_CHOICES = SECURITY_EVENT_TYPES.map((type) => ({ id: type, name: SECURITY_EVENT_TYPE_LABELS[type] }));

const filters = [
  <SelectInput key="type" source="type" label="Évènement" choices={TYPE_CHOICES} alwaysOn />,
  <TextInput key="email" source="email" label="Adresse électronique (début)" alwaysOn />,
  <TextInput key="ip" source="ip" label="Adresse IP" alwaysOn />,
  <DateTimeInput key="at_gte" source="at_gte" label="Depuis le" />,
  <DateTimeInput key="at_lte" source="at_lte" label="Jusqu’au" />,
];

/** Sign-ins, lock-outs, refusals, account changes: newest first; the log cannot be changed. */
const SecurityEventList = () => (
  <List sort={{ field: 'at', order: 'DESC' }} perPage={50} filters={filters} exporter={false} title="Journal de sécurité" empty={false}>
    <LoadingOr label="Chargement du journal…">
      <DataTable<SecurityEventRecord>
        bulkActionButtons={false}
        rowClick={false}
        empty={<EmptyList title="Aucun évènement ne correspond à ces filtres" detail="Modifiez ou retirez des filtres pour élargir la recherche." />}
      >
        <Column source="at" label="Date" render={(record) => formatDateTime(record.at)} />
        <Column source="type" label="Évènement" disableSort render={(record) => SECURITY_EVENT_TYPE_LABELS[record.type] ?? record.type} />
        <Column source="email" label="Compte" disableSort />
        <Column source="ip" label="Adresse IP" disableSort />
        <Column source="details" label="Détails" disableSort render={(record) => describeDetails(record.details)} />
      </DataTable>
    </LoadingOr>
  </List>
);

export default SecurityEventList;
