import { useState } from 'react';
import { Button, Card, CardContent, Stack, Typography } from '@mui/material';
import type { AvailableTransition, SaisineDetail } from '../../types';
import { TransitionDialog } from './TransitionDialog';

/** The workflow actions the API says the user may take now on this referral, and nothing else. */
export const TransitionActions = ({ record }: { record: SaisineDetail }) => {
  const [current, setCurrent] = useState<AvailableTransition | null>(null);
  const transitions = record.availableTransitions ?? [];
  if (transitions.length === 0) return null;
  return (
    <Card variant="outlined" component="section" aria-label="Actions">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          Actions
        </Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {transitions.map((transition, index) => (
            <Button key={transition.to} variant={index === 0 ? 'contained' : 'outlined'} onClick={() => setCurrent(transition)}>
              {transition.label}
            </Button>
          ))}
        </Stack>
      </CardContent>
      {current && <TransitionDialog key={current.to} record={record} transition={current} onClose={() => setCurrent(null)} />}
    </Card>
  );
};
