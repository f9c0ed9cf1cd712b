import type { ReactNode } from 'react';
import { Box, Card, CardContent, Typography } from '@mui/material';

/** The frame of the pages shown without being signed in, like the login page. */
export const PublicPage = ({ title, children }: { title: string; children: ReactNode }) => (
  <Box
    component="main"
    sx={{ minHeight: '100vh', display: 'flex', alignItems: 'flex-start', justifyContent: 'center', bgcolor: 'primary.main', pt: { xs: 4, sm: 12 }, px: 2 }}
  >
    <Card sx={{ width: '100%', maxWidth: 460 }}>
      <CardContent>
        <Typography variant="overline" component="p" color="text.secondary">
          Info Parquet — espace des juridictions
        </Typography>
        <Typography variant="h5" component="h1" gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  </Box>
);
