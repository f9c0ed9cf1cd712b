import { Box, Typography } from '@mui/material';
import { formatDateTime } from '../../format';
import type { SaisineDetail } from '../types';
import { ChainIntegrity } from './ChainIntegrity';
import { describeEvent } from './describeEvent';
import { SectionCard } from './SectionCard';

/** Every recorded event, oldest first: who, when, what and why. */
export const TimelineCard = ({ record }: { record: SaisineDetail }) => {
  const events = [...record.events].sort((a, b) => a.seq - b.seq);
  return (
    <SectionCard title="Chronologie">
      <ChainIntegrity chain={record.chain} />
      {events.length === 0 ? (
        <Typography color="text.secondary">Aucun événement enregistré.</Typography>
      ) : (
        <Box component="ol" aria-label="Chronologie de la saisine" sx={{ listStyle: 'none', m: 0, mt: 2, p: 0 }}>
          {events.map((event) => {
            const { title, change, detail } = describeEvent(event);
            return (
              <Box
                component="li"
                key={event.id}
                sx={{ position: 'relative', pl: 3, pb: 2, borderLeft: 2, borderColor: 'divider', '&:last-child': { pb: 0 } }}
              >
                <Box
                  aria-hidden
                  sx={{ position: 'absolute', left: -7, top: 4, width: 12, height: 12, borderRadius: '50%', bgcolor: 'primary.main' }}
                />
                <Typography variant="body2" color="text.secondary" component="time" dateTime={event.at}>
                  {formatDateTime(event.at)}
                </Typography>
                <Typography variant="body2" sx={{ fontWeight: 'bold' }}>
                  {title}
                  {change ? ` : ${change}` : ''}
                </Typography>
                <Typography variant="body2">par {event.actorLabel}</Typography>
                {detail && (
                  <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-line' }}>
                    {detail}
                  </Typography>
                )}
              </Box>
            );
          })}
        </Box>
      )}
    </SectionCard>
  );
};
