import { DataTable, DateTimeInput, List, SelectInput } from 'react-admin';
import { OUTBOX_STATUS_LABELS } from '@info-parquet/common';
import { formatDateTime } from '../format';
import { EmptyList, LoadingOr } from '../layout/ListStates';
import { STATUS_CHOICES, kindLabel, type OutboxRecord } from './types';

const Column = DataTable.Col<OutboxRecord>;

const filters = [
  <SelectInput key="status" source="status" label="Statut" choices={STATUS_CHOICES} alwaysOn />,
  <DateTimeInput key="createdAt_gte" source="createdAt_gte" label="Créé après le" alwaysOn />,
  <DateTimeInput key="createdAt_lte" source="createdAt_lte" label="Créé avant le" alwaysOn />,
];

/** What Info Parquet sent, or failed to send, newest first: the administrator checks delivery here. */
const OutboxList = () => (
  <List sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} filters={filters} exporter={false} title="Courriels envoyés" empty={false}>
    <LoadingOr label="Chargement des courriels…">
      <DataTable<OutboxRecord>
        rowClick="show"
        bulkActionButtons={false}
        empty={<EmptyList title="Aucun courriel ne correspond à ces filtres" detail="Les courriels apparaissent ici dès qu’une saisine ou un compte en provoque un." />}
      >
        <Column source="createdAt" label="Créé le" render={(record) => formatDateTime(record.createdAt)} />
        <Column source="status" label="Statut" render={(record) => OUTBOX_STATUS_LABELS[record.status]} />
        <Column source="kind" label="Type" render={(record) => kindLabel(record.kind)} />
        <Column source="to" label="Destinataire" disableSort />
        <Column source="subject" label="Objet" disableSort />
        <Column source="sentAt" label="Envoyé le" render={(record) => formatDateTime(record.sentAt)} />
        <Column source="attempts" label="Tentatives" disableSort />
        <Column source="lastError" label="Dernière erreur" disableSort />
      </DataTable>
    </LoadingOr>
  </List>
);

export default OutboxList;
