import { Button } from '@mui/material';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { useGetIdentity, useListContext } from 'react-admin';
import { useOpenBulkAssign } from './bulk-assign-context';

/**
 * « Attribuer… »: opens the bulk assignment (BulkAssignDialog, held above the table) on the
 * selection as it is now. When the whole page is selected and the filter matches more, the
 * dialog may offer « all N matching this filter ».
 */
export const BulkAssignButton = () => {
  const { selectedIds, data, total, filterValues } = useListContext();
  const { identity } = useGetIdentity();
  const open = useOpenBulkAssign();
  if (!identity?.juridictionId) return null;
  const pageSelected = Boolean(data?.length) && selectedIds.length === data!.length;
  const matching = pageSelected && total !== undefined && total > selectedIds.length ? total : null;
  return (
    <Button size="small" startIcon={<AssignmentIndIcon />} onClick={() => open({ ids: [...selectedIds], filter: { ...filterValues }, matching })}>
      Attribuer…
    </Button>
  );
};
