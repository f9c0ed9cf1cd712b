import type { ReactNode } from 'react';
import { Card, CardContent, Typography } from '@mui/material';

/** One titled block of the referral's page. */
export const SectionCard = ({ title, children }: { title: string; children: ReactNode }) => (
  <Card variant="outlined" component="section" aria-label={title}>
    <CardContent>
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </CardContent>
  </Card>
);
