import { Box, Card, Stack, Typography } from '@mui/material';
import { Link, RecordContextProvider, useListContext } from 'react-admin';
import { SAISINE_KIND_SHORT_LABELS } from '@info-parquet/common';
import { formatDateTime } from '../../format';
import { LoadingOr } from '../../layout/ListStates';
import { SaisineListEmpty } from '../SaisineListEmpty';
import { StatusChip } from '../StatusChip';
import type { SaisineListRecord } from '../types';
import { UrgentField } from '../UrgentChip';
import { ClampedText } from './ClampedText';

/**
 * The referral list on a phone: one card per referral instead of a table that would scroll
 * sideways. The reference is the card's link, stretched over the whole card so a thumb anywhere
 * opens it, while the keyboard and screen readers meet one link per referral. Same rows, same
 * order and same paging as the table; no bulk selection on a phone.
 */
export const SaisineCards = ({ showCourt }: { showCourt: boolean }) => {
  const { data } = useListContext<SaisineListRecord>();
  return (
    <LoadingOr label="Chargement des saisines…">
      {data && data.length > 0 ? (
        <Box component="ul" aria-label="Saisines" sx={{ listStyle: 'none', m: 0, p: 1, display: 'grid', gap: 1 }}>
          {data.map((record) => (
            <li key={record.id}>
              <RecordContextProvider value={record}>
                <SaisineCard record={record} showCourt={showCourt} />
              </RecordContextProvider>
            </li>
          ))}
        </Box>
      ) : (
        <SaisineListEmpty />
      )}
    </LoadingOr>
  );
};

const SaisineCard = ({ record, showCourt }: { record: SaisineListRecord; showCourt: boolean }) => (
  <Card variant="outlined" sx={{ position: 'relative', p: 1.5, '&:focus-within': { outline: '2px solid', outlineColor: 'primary.main' } }}>
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
      <Link
        to={`/saisines/${record.id}/show`}
        sx={{ fontWeight: 700, '&::after': { content: '""', position: 'absolute', inset: 0 }, '&:focus-visible': { outline: 'none' } }}
      >
        {record.reference}
      </Link>
      <StatusChip status={record.status} />
      <UrgentField />
    </Stack>
    <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
      Reçue le {formatDateTime(record.receivedAt)}
      {record.numeroParquet ? ` · N° parquet ${record.numeroParquet}` : ''}
    </Typography>
    <Typography variant="body2" sx={{ mt: 0.5 }}>
      {[SAISINE_KIND_SHORT_LABELS[record.kind] ?? record.kind, record.factsCommuneNom, record.assigneeName && `attribuée à ${record.assigneeName}`, showCourt && record.juridictionNom]
        .filter(Boolean)
        .join(' · ')}
    </Typography>
    <Typography variant="body2" component="div" color="text.secondary">
      <ClampedText text={record.senderAdministration} maxWidth={560} />
    </Typography>
  </Card>
);
