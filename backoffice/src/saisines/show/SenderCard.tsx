import { Link } from '@mui/material';
import { ADMINISTRATION_KIND_LABELS } from '@info-parquet/common';
import type { SaisineDetail } from '../types';
import { DetailList } from './DetailList';
import { SectionCard } from './SectionCard';

export const SenderCard = ({ record }: { record: SaisineDetail }) => (
  <SectionCard title="Expéditeur">
    <DetailList
      items={[
        ['Administration', record.senderAdministration, 'f'],
        ['Catégorie', ADMINISTRATION_KIND_LABELS[record.senderAdministrationKind] ?? record.senderAdministrationKind, 'f'],
        ['Service', record.senderService],
        ['Agent', record.senderAgentName],
        ['Fonction', record.senderAgentFunction, 'f'],
        ['Courriel', record.senderEmail && <Link href={`mailto:${record.senderEmail}`}>{record.senderEmail}</Link>],
        ['Téléphone', record.senderPhone && <Link href={`tel:${record.senderPhone.replace(/\s/g, '')}`}>{record.senderPhone}</Link>],
      ]}
    />
  </SectionCard>
);
