import { CreateButton, FilterButton, TopToolbar, useCanAccess } from 'react-admin';
import { ColumnsChooser } from './ColumnsChooser';
import { ExportCsvButton } from './ExportCsvButton';
import { SavedViewsButton } from './SavedViewsButton';

/**
 * The list's toolbar: the filters, the saved views and the columns (both kept for the user on
 * the server), entering a paper or e-mail referral for clerks, the CSV export for those who may export.
 * The buttons wrap rather than push the page wider than the window. react-admin's own saved
 * queries (« Ajouter à mes requêtes… ») are off: « Mes vues » keeps them on the server, for every browser.
 */
export const SaisineListActions = ({
  columns,
  defaultHiddenColumns,
  withColumns = true,
}: {
  columns: readonly string[];
  defaultHiddenColumns: readonly string[];
  /** Off on a phone, where referrals are cards, not columns. */
  withColumns?: boolean;
}) => {
  const { canAccess: canExport } = useCanAccess({ action: 'export', resource: 'saisines' });
  const { canAccess: canCreate } = useCanAccess({ action: 'create', resource: 'saisines' });
  return (
    <TopToolbar sx={{ flexWrap: 'wrap', rowGap: 1 }}>
      <FilterButton disableSaveQuery />
      <SavedViewsButton />
      {withColumns && <ColumnsChooser storeKey="saisines.datatable" resource="saisines" columns={columns} defaultHidden={defaultHiddenColumns} />}
      {canCreate && <CreateButton label="Saisir une saisine reçue par courrier ou courriel" />}
      {canExport && <ExportCsvButton />}
    </TopToolbar>
  );
};
