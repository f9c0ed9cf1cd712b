import InboxIcon from '@mui/icons-material/Inbox';
import { Box, Typography } from '@mui/material';

/** Shown when the court has no referral at all (filters that match nothing keep the list's own message). */
export const SaisineListEmpty = () => (
  <Box sx={{ textAlign: 'center', py: 8, px: 2 }}>
    <InboxIcon sx={{ fontSize: 64, color: 'text.disabled' }} aria-hidden />
    <Typography variant="h6" component="p" sx={{ mt: 2 }}>
      Aucune saisine pour le moment
    </Typography>
    <Typography color="text.secondary">
      Les saisines transmises à votre parquet par les administrations apparaîtront ici dès leur réception.
    </Typography>
  </Box>
);
