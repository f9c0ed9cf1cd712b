import { ColumnsButton, CreateButton, FilterButton, TopToolbar, useCanAccess } from 'react-admin';
import { ExportCsvButton } from './ExportCsvButton';
import { SavedViewsButton } from './SavedViewsButton';

/**
 * The list's toolbar: the filters, the saved views and the columns (both kept for the user on
 * the server), entering a paper or e-mail referral for clerks, the CSV export for those who may export.
 */
export const SaisineListActions = () => {
  const { canAccess: canExport } = useCanAccess({ action: 'export', resource: 'saisines' });
  const { canAccess: canCreate } = useCanAccess({ action: 'create', resource: 'saisines' });
  return (
    <TopToolbar>
      <FilterButton />
      <SavedViewsButton />
      <ColumnsButton />
      {canCreate && <CreateButton label="Saisir une saisine reçue par courrier ou courriel" />}
      {canExport && <ExportCsvButton />}
    </TopToolbar>
  );
};
