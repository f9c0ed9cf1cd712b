import { BulkActionsToolbar, useListContext } from 'react-admin';
import { BulkAssignButton } from './BulkAssignButton';

/**
 * The bulk actions, only while something is selected: react-admin's own bar stays in the page
 * (folded to zero height) with nothing selected, where the keyboard still reaches its buttons.
 */
export const SelectionToolbar = () => {
  const { selectedIds } = useListContext();
  if (!selectedIds?.length) return null;
  return (
    <BulkActionsToolbar>
      <BulkAssignButton />
    </BulkActionsToolbar>
  );
};
