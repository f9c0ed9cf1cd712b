import { Box, Chip } from '@mui/material';

/** A tab's label and its count; the count is read out with the label ("Urgentes, 3 saisines"). */
export const CountBadge = ({ label, count }: { label: string; count: number | undefined }) => (
  <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
    {label}
    {count !== undefined && (
      <Chip
        component="span"
        size="small"
        label={count.toLocaleString('fr-FR')}
        aria-label={`${count} saisine${count > 1 ? 's' : ''}`}
      />
    )}
  </Box>
);
