import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { CHANNEL_LABELS, SAISINE_KIND_LABELS, decisionFacts } from '@info-parquet/common';
import { StatusChip } from '../StatusChip';
import type { SaisineDetail, SaisineListRecord } from '../types';
import { LateChip, UrgentChip } from '../UrgentChip';

type HeaderRecord = SaisineListRecord & Partial<Pick<SaisineDetail, 'decision' | 'decisionDetail' | 'classementReason'>>;

function decisionText(record: HeaderRecord): string | null {
  const facts = decisionFacts({ decision: record.decision ?? null, decisionDetail: record.decisionDetail, classementReason: record.classementReason });
  if (!facts.decision) return null;
  return [facts.decisionLabel, facts.classementReasonLabel, facts.decisionDetail].filter(Boolean).join(' — ');
}

/** Who, where and how urgent, at a glance. */
export const SaisineHeader = ({ record }: { record: HeaderRecord }) => {
  const decision = decisionText(record);
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="h5" component="h1" sx={{ mr: 1 }}>
            Saisine {record.reference}
          </Typography>
          <StatusChip status={record.status} size="medium" />
          {record.urgent && <UrgentChip size="medium" />}
          {record.enRetard && <LateChip size="medium" />}
        </Stack>
        {record.urgent && (
          <Typography color="error" sx={{ mt: 1 }}>
            Motif de l’urgence : {record.urgencyReason || 'non précisé'}
          </Typography>
        )}
        <Box sx={{ mt: 1, color: 'text.secondary' }}>
          <Typography variant="body2">
            {record.juridictionNom} · {SAISINE_KIND_LABELS[record.kind] ?? record.kind} ·{' '}
            {CHANNEL_LABELS[record.channel] ?? record.channel}
          </Typography>
          <Typography variant="body2">
            {record.numeroParquet ? `Numéro parquet : ${record.numeroParquet}` : 'Pas encore de numéro parquet'}
            {record.assigneeName ? ` · Attribuée à ${record.assigneeName}` : ''}
          </Typography>
          {decision && <Typography variant="body2">Décision : {decision}</Typography>}
        </Box>
      </CardContent>
    </Card>
  );
};
