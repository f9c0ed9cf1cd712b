import type { FC } from 'react';
import type { TablePaginationProps } from '@mui/material';
import { Pagination, useListContext, type PaginationProps } from 'react-admin';
import { formatCount, listCountBound, moreThanLabel } from '@info-parquet/common';

// react-admin hands its other props to MUI's TablePagination, after its own label: ours wins.
const LabelledPagination = Pagination as FC<PaginationProps & Pick<TablePaginationProps, 'labelDisplayedRows'>>;

/**
 * react-admin's pagination, which says what the API counted: « 1-25 sur 319 », or past the
 * list's bound (common/list-total.ts) « 1-25 sur plus de 10 000 » (« plus de 1 000 » for a
 * full-text search), the next page still one click away.
 */
export const SaisinePagination = () => {
  const { filterValues } = useListContext();
  const bound = listCountBound(filterValues ?? {});
  return (
    <LabelledPagination
      labelDisplayedRows={({ from, to, count: total }) => `${formatCount(from)}-${formatCount(to)} sur ${total === -1 ? moreThanLabel(bound) : formatCount(total)}`}
    />
  );
};
