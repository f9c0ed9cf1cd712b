import { Tab, Tabs } from '@mui/material';
import { useGetIdentity, useListContext } from 'react-admin';
import { QUICK_VIEWS, quickViewOf, type QuickViewId } from '@info-parquet/common';
import { CountBadge } from './CountBadge';
import { useQuickViewCounts } from './useQuickViewCounts';

/**
 * The quick views above the list (common/quick-views.ts), each with its live count. Selecting
 * one replaces the list's filter by the view's; any other filter selects no tab. MUI Tabs move
 * with the arrow keys, Home and End.
 */
export const QuickViewTabs = () => {
  const { filterValues, setFilters } = useListContext();
  const { identity } = useGetIdentity();
  const counts = useQuickViewCounts();
  if (!identity) return null;
  const user = { id: String(identity.id) };
  const selected = quickViewOf(filterValues, user) ?? false;

  const select = (_event: unknown, id: QuickViewId) => {
    const view = QUICK_VIEWS.find((candidate) => candidate.id === id)!;
    setFilters({ ...view.filter(user) }, {}, false);
  };

  return (
    <Tabs
      value={selected}
      onChange={select}
      aria-label="Vues rapides des saisines"
      // Every view in sight at 1,280 px: the tabs wrap to a second line rather than scroll sideways
      // (the sliding indicator cannot follow a wrapped tab: the selected one is underlined itself).
      sx={{
        borderBottom: 1,
        borderColor: 'divider',
        mb: 1,
        '& [role="tablist"]': { flexWrap: 'wrap' },
        '& .MuiTabs-indicator': { display: 'none' },
        '& .MuiTab-root.Mui-selected': { boxShadow: (theme) => `inset 0 -3px 0 ${theme.palette.primary.main}` },
      }}
    >
      {QUICK_VIEWS.map((view) => (
        <Tab
          key={view.id}
          value={view.id}
          id={`vue-${view.id}`}
          label={<CountBadge label={view.label} count={counts?.[view.id]} />}
          sx={{ textTransform: 'none', minWidth: 0, px: 1.5 }}
        />
      ))}
    </Tabs>
  );
};
