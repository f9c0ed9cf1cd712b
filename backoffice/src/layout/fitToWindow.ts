import type { SxProps, Theme } from '@mui/material';

/**
 * Pages as wide as the window, never wider: react-admin's layout grows to its widest content
 * (`min-width: fit-content`), so one wide table made the whole page scroll sideways and pushed
 * the list's buttons and last tabs out of sight. Flex items must be allowed to shrink
 * (`min-width: 0`) for that, and every table then scrolls inside its own container.
 */
export const FIT_TO_WINDOW: SxProps<Theme> = {
  minWidth: 0,
  '& .RaLayout-content, & .RaList-main, & .RaList-content': { minWidth: 0 },
  '& .RaDataTable-tableWrapper': { overflowX: 'auto' },
};
