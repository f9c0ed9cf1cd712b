import { DataTable, List, useGetIdentity } from 'react-admin';
import { SAISINE_KIND_SHORT_LABELS } from '@info-parquet/common';
import { formatDateTime } from '../format';
import { saisineFilters } from './saisineFilters';
import { SaisineListEmpty } from './SaisineListEmpty';
import { StatusField } from './StatusChip';
import type { SaisineListRecord } from './types';
import { UrgentField } from './UrgentChip';

const Column = DataTable.Col<SaisineListRecord>;

/** The bureau d'ordre's queue: urgent first, then the oldest received (the API's `priority` sort). */
const SaisineList = () => {
  const { identity } = useGetIdentity();
  // A court's users only see their court: the column is for those who see several.
  const showCourt = identity != null && !identity.juridictionId;
  return (
    <List
      sort={{ field: 'priority', order: 'ASC' }}
      perPage={25}
      filters={saisineFilters}
      empty={<SaisineListEmpty />}
      exporter={false}
    >
      <DataTable<SaisineListRecord> rowClick="show" bulkActionButtons={false}>
        <Column source="reference" />
        <Column source="receivedAt" render={(record) => formatDateTime(record.receivedAt)} />
        <Column source="urgent" field={UrgentField} sortByOrder="DESC" />
        <Column source="status" field={StatusField} />
        <Column source="kind" disableSort render={(record) => SAISINE_KIND_SHORT_LABELS[record.kind] ?? record.kind} />
        <Column source="senderAdministration" disableSort />
        <Column source="factsCommuneNom" disableSort />
        {showCourt && <Column source="juridictionNom" disableSort />}
      </DataTable>
    </List>
  );
};

export default SaisineList;
