import { useEffect, useRef } from 'react';
import { DataTableBody, DataTableRow, useRecordContext, type DataTableBodyProps, type DataTableRowProps } from 'react-admin';
import type { SaisineListRecord } from '../types';

export const SELECT_PAGE_LABEL = 'Sélectionner toutes les saisines de la page';
export const selectRowLabel = (reference: string) => `Sélectionner la saisine ${reference}`;

/**
 * react-admin's row, whose selection checkbox gets a name a screen reader can tell apart
 * (« Sélectionner la saisine IP-… »), and the page's one in the header too. react-admin puts its
 * generic label on the checkbox's wrapper, not on the input, and offers no prop for either:
 * the inputs are named once rendered (React never sets `aria-label` on them, so keeps it).
 */
export const SaisineRow = (props: DataTableRowProps) => {
  const record = useRecordContext<SaisineListRecord>();
  const ref = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    const row = ref.current;
    if (!row || !record) return;
    row.querySelector('.select-item input[type="checkbox"]')?.setAttribute('aria-label', selectRowLabel(record.reference));
    row.closest('table')?.querySelector('thead .select-all input[type="checkbox"]')?.setAttribute('aria-label', SELECT_PAGE_LABEL);
  });
  return <DataTableRow ref={ref} {...props} />;
};

/** The list's body: react-admin's, with the rows above. */
export const SaisineTableBody = (props: DataTableBodyProps) => <DataTableBody {...props} row={SaisineRow} />;
