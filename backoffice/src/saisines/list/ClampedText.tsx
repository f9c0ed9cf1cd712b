import { Box } from '@mui/material';

/**
 * A long text of the list (an administration's full name) on two lines at most, cut with « … »;
 * the whole text on hover (`title`) and in the referral's detail. Keeps rows of one or two lines
 * and the table within 1,280 px.
 */
export const ClampedText = ({ text, maxWidth = 240 }: { text: string | null | undefined; maxWidth?: number }) =>
  text ? (
    <Box
      component="span"
      title={text}
      sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden', maxWidth, overflowWrap: 'anywhere' }}
    >
      {text}
    </Box>
  ) : (
    '—'
  );
