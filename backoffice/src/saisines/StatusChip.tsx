import { Chip, type ChipProps } from '@mui/material';
import { STATUS_LABELS, type SaisineStatus } from '@info-parquet/common';
import { useRecordContext } from 'react-admin';

/** Colours say where the court stands: to do (blue), waiting for the sender (orange), done (green/grey). */
const STATUS_COLORS: Record<SaisineStatus, ChipProps['color']> = {
  recue: 'info',
  enregistree: 'primary',
  attribuee: 'secondary',
  complement_demande: 'warning',
  transferee: 'default',
  decidee: 'success',
  cloturee: 'default',
};

export const StatusChip = ({ status, size = 'small' }: { status: SaisineStatus; size?: ChipProps['size'] }) => (
  <Chip label={STATUS_LABELS[status] ?? status} color={STATUS_COLORS[status] ?? 'default'} size={size} />
);

/** The status of the record in context (list cells). */
export const StatusField = () => {
  const record = useRecordContext<{ id: string; status: SaisineStatus }>();
  return record ? <StatusChip status={record.status} /> : null;
};
