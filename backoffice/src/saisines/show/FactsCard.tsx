import { Typography } from '@mui/material';
import { formatIsoDate } from '../../format';
import type { SaisineDetail } from '../types';
import { DetailList } from './DetailList';
import { SectionCard } from './SectionCard';

function period(start: string | null, end: string | null): string {
  if (start && end && end !== start) return `du ${formatIsoDate(start)} au ${formatIsoDate(end)}`;
  if (start) return `le ${formatIsoDate(start)}`;
  return '';
}

export const FactsCard = ({ record }: { record: SaisineDetail }) => (
  <SectionCard title="Faits">
    <Typography component="div" sx={{ whiteSpace: 'pre-line', mb: 2 }}>
      {record.factsNarrative || 'Aucun exposé des faits.'}
    </Typography>
    <DetailList
      items={[
        ['Date des faits', period(record.factsStartDate, record.factsEndDate)],
        ['Commune', record.factsCommuneNom ? `${record.factsCommuneNom} (${record.factsCommuneInsee})` : record.factsCommuneInsee],
        ['Adresse', record.factsAddress],
        ['Connaissance des faits', record.factsKnowledge],
        ['Qualification proposée', record.qualification],
        ['Code NATINF', record.natinf],
      ]}
    />
  </SectionCard>
);
