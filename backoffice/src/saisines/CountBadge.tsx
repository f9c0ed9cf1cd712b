import { Box, Chip } from '@mui/material';
import { formatCount, LIST_COUNT_BOUND, moreThanLabel } from '@info-parquet/common';

/**
 * A tab's label and its count; the count is read out with the label ("Urgentes, 3 saisines").
 * Counts stop at the list's bound (common/list-total.ts): past it, « + de 10 000 ».
 */
export const CountBadge = ({ label, count }: { label: string; count: number | undefined }) => {
  const past = count !== undefined && count > LIST_COUNT_BOUND;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
      {label}
      {count !== undefined && (
        <Chip
          component="span"
          size="small"
          label={past ? `+ de ${formatCount(LIST_COUNT_BOUND)}` : formatCount(count)}
          aria-label={past ? `${moreThanLabel(LIST_COUNT_BOUND)} saisines` : `${count} saisine${count > 1 ? 's' : ''}`}
        />
      )}
    </Box>
  );
};
