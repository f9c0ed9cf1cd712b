import { Box } from '@mui/material';
import { visuallyHidden } from '@mui/utils';
import { useLiveSaisines } from './useLiveSaisines';

/**
 * Mounted once in the layout, on every screen: urgent arrivals pushed live (the
 * permanence sees them as the bureau d'ordre does), told to screen readers as well as shown.
 */
export const LiveSaisinesAnnouncer = () => {
  const urgent = useLiveSaisines();
  return (
    <Box role="status" aria-live="assertive" aria-atomic="true" sx={visuallyHidden} data-testid="annonce-saisines-urgentes">
      {urgent ? `Nouvelle saisine urgente : ${urgent.reference}` : ''}
    </Box>
  );
};
