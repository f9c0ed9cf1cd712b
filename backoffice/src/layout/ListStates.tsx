import type { ReactNode } from 'react';
import InboxIcon from '@mui/icons-material/Inbox';
import { Box, LinearProgress, Typography } from '@mui/material';
import { useListContext } from 'react-admin';

/** What an empty list says, in place of the table (the filters stay above it). */
export const EmptyList = ({ title, detail }: { title: string; detail: string }) => (
  <Box sx={{ textAlign: 'center', py: 8, px: 2 }}>
    <InboxIcon sx={{ fontSize: 64, color: 'text.disabled' }} aria-hidden />
    <Typography variant="h6" component="p" sx={{ mt: 2 }}>
      {title}
    </Typography>
    <Typography color="text.secondary">{detail}</Typography>
  </Box>
);

/** While the first page loads, a progress bar that screen readers announce; then the table. */
export const LoadingOr = ({ label, children }: { label: string; children: ReactNode }) => {
  const { isPending } = useListContext();
  if (!isPending) return <>{children}</>;
  return (
    <Box role="status" sx={{ p: 2 }}>
      <LinearProgress aria-label={label} />
      <Typography color="text.secondary" sx={{ mt: 1 }}>
        {label}
      </Typography>
    </Box>
  );
};
