import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';

/** `'f'` when the label is feminine: the missing value then reads « Non renseignée ». */
export type DetailItem = [label: string, value: ReactNode, gender?: 'f'];

const isEmpty = (value: ReactNode) => value === null || value === undefined || value === '';

/** Label/value pairs as a description list; a missing value says so rather than disappearing. */
export const DetailList = ({ items }: { items: DetailItem[] }) => (
  <Box
    component="dl"
    sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'minmax(9rem, max-content) 1fr' }, columnGap: 2, rowGap: 1, m: 0 }}
  >
    {items.map(([label, value, gender]) => (
      <Box key={label} sx={{ display: 'contents' }}>
        <Typography component="dt" variant="body2" color="text.secondary">
          {label}
        </Typography>
        <Typography component="dd" variant="body2" sx={{ m: 0, whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {isEmpty(value) ? (
            <Box component="span" sx={{ color: 'text.secondary', fontStyle: 'italic' }}>
              {gender === 'f' ? 'Non renseignée' : 'Non renseigné'}
            </Box>
          ) : (
            value
          )}
        </Typography>
      </Box>
    ))}
  </Box>
);
