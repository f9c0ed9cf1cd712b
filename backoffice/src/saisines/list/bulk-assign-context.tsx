import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import type { Identifier } from 'react-admin';
import { BulkAssignDialog } from './BulkAssignDialog';

/** What « Attribuer… » acts on, taken when the dialog opens: later changes of the list do not move it. */
export interface BulkAssignTarget {
  ids: Identifier[];
  filter: Record<string, unknown>;
  /** The whole page is selected and the filter matches this many (counted): « all N » may be offered. */
  matching: number | null;
}

const OpenBulkAssign = createContext<((target: BulkAssignTarget) => void) | null>(null);

/**
 * Holds the bulk assignment dialog above the table: the assignment makes the referrals leave the
 * view, the list refreshes, the page may empty and the selection bar go; the dialog and its
 * outcome stay until the clerk closes them.
 */
export const BulkAssignProvider = ({ children }: { children: ReactNode }) => {
  const [target, setTarget] = useState<BulkAssignTarget | null>(null);
  const open = useCallback((next: BulkAssignTarget) => setTarget(next), []);
  return (
    <OpenBulkAssign.Provider value={open}>
      {children}
      {target && <BulkAssignDialog target={target} onClosed={() => setTarget(null)} />}
    </OpenBulkAssign.Provider>
  );
};

export function useOpenBulkAssign(): (target: BulkAssignTarget) => void {
  const open = useContext(OpenBulkAssign);
  if (!open) throw new Error('useOpenBulkAssign: BulkAssignProvider manquant.');
  return open;
}
