import { Chip, Tooltip, type ChipProps } from '@mui/material';
import { useRecordContext } from 'react-admin';

export const UrgentChip = ({ reason, size = 'small' }: { reason?: string | null; size?: ChipProps['size'] }) => {
  const chip = <Chip label="Urgente" color="error" size={size} />;
  return reason ? <Tooltip title={`Motif de l’urgence : ${reason}`}>{chip}</Tooltip> : chip;
};

/** "Urgente" when the record in context is urgent, nothing otherwise (list cells). */
export const UrgentField = () => {
  const record = useRecordContext<{ id: string; urgent: boolean; urgencyReason?: string | null }>();
  return record?.urgent ? <UrgentChip reason={record.urgencyReason} /> : null;
};
