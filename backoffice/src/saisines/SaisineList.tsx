import type { MouseEvent } from 'react';
import { DataTable, Link, List, Loading, useCanAccess, useGetIdentity } from 'react-admin';
import { CHANNEL_LABELS, DEFAULT_QUICK_VIEW, QUICK_VIEWS, SAISINE_KIND_SHORT_LABELS } from '@info-parquet/common';
import { formatDateTime } from '../format';
import { useSaisineFilters } from './saisineFilters';
import { QuickViewTabs } from './QuickViewTabs';
import { SaisineListEmpty } from './SaisineListEmpty';
import { StatusField } from './StatusChip';
import type { SaisineListRecord } from './types';
import { UrgentField } from './UrgentChip';
import { BulkAssignButton } from './list/BulkAssignButton';
import { SaisineListActions } from './list/SaisineListActions';
import { SaisineTableBody } from './list/SaisineRow';
import { SelectionToolbar } from './list/SelectionToolbar';
import { ClampedText } from './list/ClampedText';
import { usePreferencesReady } from './preferences/usePreferencesReady';

const Column = DataTable.Col<SaisineListRecord>;

// "À traiter" needs no user: its filter is the same for everyone.
const HIDDEN_BY_DEFAULT = ['channel'];
/** The columns, in order, that « Colonnes » can show or hide (the court's own when one sees several). */
const COLUMNS = ['reference', 'numeroParquet', 'receivedAt', 'urgent', 'status', 'channel', 'kind', 'senderAdministration', 'factsCommuneNom', 'assigneeName'];

const DEFAULT_FILTER = { ...QUICK_VIEWS.find((view) => view.id === DEFAULT_QUICK_VIEW)!.filter({ id: '' }) };

/**
 * The bureau d'ordre's queue: it opens on "à traiter" (everything not closed) in the API's
 * `priority` order: urgent ones not yet taken into account, then new ones, those in progress,
 * decided ones; urgent first, then the oldest, within each. Sortable columns are those an index
 * serves (migrations 0003, 0008 and 0027); the assignee's name is not (it lives in another table).
 */
const SaisineList = () => {
  const { identity } = useGetIdentity();
  const filters = useSaisineFilters();
  // Rows are selectable for those who may move referrals (bulk actions).
  const { canAccess: canTransition } = useCanAccess({ action: 'transition', resource: 'saisines' });
  // A court's users only see their court: the column is for those who see several.
  const showCourt = identity != null && !identity.juridictionId;
  // The user's saved columns, sort and filters first: the list must open with them.
  if (!usePreferencesReady()) return <Loading />;
  return (
    <List
      sort={{ field: 'priority', order: 'ASC' }}
      perPage={25}
      filters={filters}
      filterDefaultValues={DEFAULT_FILTER}
      // Never the page without tabs: an empty view still shows them, with the table's own message.
      empty={false}
      exporter={false}
      actions={<SaisineListActions columns={showCourt ? [...COLUMNS, 'juridictionNom'] : COLUMNS} defaultHiddenColumns={HIDDEN_BY_DEFAULT} />}
      // The filters on one line, the buttons on the next when the window is too narrow for both.
      sx={{ '& .RaListToolbar-root': { flexWrap: 'wrap' } }}
    >
      <QuickViewTabs />
      <DataTable<SaisineListRecord>
        rowClick="show"
        // Ten columns within 1,280 px: narrower cell padding, references and dates on one line.
        sx={{
          '& .MuiTableCell-root': { px: 1 },
          '& .column-reference, & .column-numeroParquet': { whiteSpace: 'nowrap' },
        }}
        // Shown on demand ("Colonnes"); the choice follows the user.
        hiddenColumns={HIDDEN_BY_DEFAULT}
        // The buttons turn the row checkboxes on; SelectionToolbar shows them, only while something is selected.
        bulkActionButtons={canTransition ? <BulkAssignButton /> : false}
        bulkActionsToolbar={canTransition ? <SelectionToolbar /> : undefined}
        body={SaisineTableBody}
        empty={<SaisineListEmpty />}
      >
        {/* The reference is the row's link: the keyboard reaches each referral (a clickable row is not focusable). */}
        <Column
          source="reference"
          render={(record) => (
            <Link to={`/saisines/${record.id}/show`} onClick={(event: MouseEvent) => event.stopPropagation()}>
              {record.reference}
            </Link>
          )}
        />
        <Column source="numeroParquet" />
        <Column source="receivedAt" render={(record) => formatDateTime(record.receivedAt)} />
        <Column source="urgent" field={UrgentField} sortByOrder="DESC" />
        <Column source="status" field={StatusField} />
        <Column source="channel" disableSort render={(record) => CHANNEL_LABELS[record.channel] ?? record.channel} />
        <Column source="kind" disableSort render={(record) => SAISINE_KIND_SHORT_LABELS[record.kind] ?? record.kind} />
        <Column source="senderAdministration" disableSort render={(record) => <ClampedText text={record.senderAdministration} />} />
        <Column source="factsCommuneNom" disableSort render={(record) => <ClampedText text={record.factsCommuneNom} maxWidth={140} />} />
        <Column source="assigneeName" disableSort render={(record) => <ClampedText text={record.assigneeName} maxWidth={140} />} />
        {showCourt && <Column source="juridictionNom" disableSort />}
      </DataTable>
    </List>
  );
};

export default SaisineList;
