import { useEffect, useRef } from 'react';
import { Typography } from '@mui/material';
import { BulkActionsToolbar, useGetIdentity, useListContext } from 'react-admin';
import { availableTransitions, type Role } from '@info-parquet/common';
import type { SaisineListRecord } from '../types';
import { BulkAssignButton } from './BulkAssignButton';

/** A new view or filter shows other rows: the selection made on the former ones is dropped. */
function useSelectionFollowsFilter() {
  const { filterValues, onUnselectItems, selectedIds } = useListContext();
  const key = JSON.stringify(filterValues ?? {});
  const previous = useRef(key);
  useEffect(() => {
    if (previous.current === key) return;
    previous.current = key;
    if (selectedIds.length) onUnselectItems();
  }, [key, selectedIds.length, onUnselectItems]);
}

/**
 * Whether the selection holds one referral the user may assign: rows of this page are judged by the
 * workflow; a selected referral of another page (same filter) is left to the server to judge.
 */
function useSelectionAssignable(): boolean {
  const { selectedIds, data } = useListContext<SaisineListRecord>();
  const { identity } = useGetIdentity();
  const role = identity?.role as Role | undefined;
  if (!role) return false;
  const onPage = new Map((data ?? []).map((record) => [record.id, record]));
  return selectedIds.some((id) => {
    const record = onPage.get(id);
    return !record || availableTransitions(record.status, role).some((rule) => rule.to === 'attribuee');
  });
}

/**
 * The bulk actions, only while something is selected: react-admin's own bar stays in the page
 * (folded to zero height) with nothing selected, where the keyboard still reaches its buttons.
 * An action is offered only when one selected referral allows it; otherwise the bar says so.
 */
export const SelectionToolbar = () => {
  const { selectedIds } = useListContext();
  useSelectionFollowsFilter();
  const assignable = useSelectionAssignable();
  if (!selectedIds?.length) return null;
  return (
    <BulkActionsToolbar>
      {assignable ? (
        <BulkAssignButton />
      ) : (
        <Typography component="span" role="status" variant="body2" sx={{ '&&': { color: 'text.primary' } }}>
          Aucune action groupée possible pour cette sélection.
        </Typography>
      )}
    </BulkActionsToolbar>
  );
};
