import { Typography } from '@mui/material';
import { formatIsoDate } from '../../format';
import { communeLabel } from '@info-parquet/common';
import type { SaisineDetail } from '../types';
import { DetailList } from './DetailList';
import { SectionCard } from './SectionCard';

function period(start: string | null, end: string | null): string {
  if (start && end && end !== start) return `du ${formatIsoDate(start)} au ${formatIsoDate(end)}`;
  if (start) return `le ${formatIsoDate(start)}`;
  return '';
}

/** « Blois (41000) », named as the form offered it; the INSEE code only when the commune has no postal code. */
function communeText(record: SaisineDetail): string | null {
  if (!record.factsCommuneNom) return record.factsCommuneInsee;
  return communeLabel(record.factsCommuneNom, record.factsCommuneCodesPostaux, `code INSEE ${record.factsCommuneInsee}`);
}

export const FactsCard = ({ record }: { record: SaisineDetail }) => (
  <SectionCard title="Faits">
    <Typography component="div" sx={{ whiteSpace: 'pre-line', mb: 2 }}>
      {record.factsNarrative || 'Aucun exposé des faits.'}
    </Typography>
    <DetailList
      items={[
        ['Date des faits', period(record.factsStartDate, record.factsEndDate), 'f'],
        ['Commune', communeText(record), 'f'],
        ['Adresse', record.factsAddress, 'f'],
        ['Connaissance des faits', record.factsKnowledge, 'f'],
        ['Qualification proposée', record.qualification, 'f'],
        ['Code NATINF', record.natinf],
      ]}
    />
  </SectionCard>
);
