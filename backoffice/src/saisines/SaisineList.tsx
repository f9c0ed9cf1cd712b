import { useMediaQuery, type Theme } from '@mui/material';
import { List, Loading, useCanAccess, useGetIdentity } from 'react-admin';
import { DEFAULT_QUICK_VIEW, QUICK_VIEWS } from '@info-parquet/common';
import { useSaisineFilters } from './saisineFilters';
import { QuickViewTabs } from './QuickViewTabs';
import { SaisineListActions } from './list/SaisineListActions';
import { SaisineCards } from './list/SaisineCards';
import { SaisinePagination } from './list/SaisinePagination';
import { BulkAssignProvider } from './list/bulk-assign-context';
import { COLUMNS, HIDDEN_BY_DEFAULT, SaisineTable } from './list/SaisineTable';
import { usePreferencesReady } from './preferences/usePreferencesReady';

// "À traiter" needs no user: its filter is the same for everyone.
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
  // On a phone, a card per referral: a table of ten columns would scroll sideways.
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
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
      pagination={<SaisinePagination />}
      actions={<SaisineListActions columns={showCourt ? [...COLUMNS, 'juridictionNom'] : COLUMNS} defaultHiddenColumns={HIDDEN_BY_DEFAULT} withColumns={!phone} />}
      // The filters on one line, the buttons on the next when the window is too narrow for both.
      sx={{ '& .RaListToolbar-root': { flexWrap: 'wrap' } }}
    >
      <BulkAssignProvider>
        <QuickViewTabs />
        {phone ? <SaisineCards showCourt={showCourt} /> : <SaisineTable showCourt={showCourt} canTransition={canTransition === true} />}
      </BulkAssignProvider>
    </List>
  );
};

export default SaisineList;
