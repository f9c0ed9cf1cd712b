import { formatDateTime } from '../../format';
import type { SaisineDetail } from '../types';
import { DetailList } from './DetailList';
import { SectionCard } from './SectionCard';

const pending = (value: string | null) => formatDateTime(value) || '—';

/** The instants the indicators are computed from (time to registration, to decision, feedback). */
export const MilestonesCard = ({ record }: { record: SaisineDetail }) => (
  <SectionCard title="Jalons">
    <DetailList
      items={[
        ['Reçue le', pending(record.receivedAt)],
        ['Enregistrée le', pending(record.registeredAt)],
        ['Décidée le', pending(record.decidedAt)],
        ['Décision communiquée le', pending(record.communicatedAt)],
      ]}
    />
  </SectionCard>
);
