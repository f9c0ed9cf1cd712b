import { FilterButton, TopToolbar, useCanAccess } from 'react-admin';
import { ExportCsvButton } from './ExportCsvButton';

/** The list's toolbar: the filters, and the CSV export for those who may export. */
export const SaisineListActions = () => {
  const { canAccess: canExport } = useCanAccess({ action: 'export', resource: 'saisines' });
  return (
    <TopToolbar>
      <FilterButton />
      {canExport && <ExportCsvButton />}
    </TopToolbar>
  );
};
