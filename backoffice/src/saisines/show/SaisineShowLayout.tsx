import { Grid, LinearProgress, Stack } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { SaisineDetail, SaisineListRecord } from '../types';
import { AttachmentsCard } from './AttachmentsCard';
import { FactsCard } from './FactsCard';
import { MilestonesCard } from './MilestonesCard';
import { PersonsCard } from './PersonsCard';
import { SaisineHeader } from './SaisineHeader';
import { SenderCard } from './SenderCard';
import { TimelineCard } from './TimelineCard';
import { TransitionActions } from './actions/TransitionActions';
import { PriseEnCompteAlert } from './actions/PriseEnCompteAlert';

/**
 * Coming from the list, react-admin first hands over the list's row (it seeds its getOne cache
 * with it): the header can show at once, the rest waits for `GET /saisines/:id`.
 */
const isDetail = (record: SaisineListRecord | SaisineDetail): record is SaisineDetail =>
  Array.isArray((record as Partial<SaisineDetail>).events);

/** The file as a clerk reads it: what happened on the left, who sent it and its history on the right. */
export const SaisineShowLayout = () => {
  const record = useRecordContext<SaisineListRecord | SaisineDetail>();
  if (!record) return null;
  if (!isDetail(record)) {
    return (
      <Stack spacing={2}>
        <SaisineHeader record={record} />
        <LinearProgress aria-label="Chargement de la saisine" />
      </Stack>
    );
  }
  return (
    <Stack spacing={2}>
      <SaisineHeader record={record} />
      <PriseEnCompteAlert record={record} />
      <TransitionActions record={record} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 7 }}>
          <Stack spacing={2}>
            <FactsCard record={record} />
            <PersonsCard record={record} />
            <AttachmentsCard record={record} />
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, lg: 5 }}>
          <Stack spacing={2}>
            <SenderCard record={record} />
            <MilestonesCard record={record} />
            <TimelineCard record={record} />
          </Stack>
        </Grid>
      </Grid>
    </Stack>
  );
};
