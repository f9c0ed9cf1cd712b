import { Chip, Stack, Tooltip, type ChipProps } from '@mui/material';
import { useRecordContext } from 'react-admin';

export const UrgentChip = ({ reason, size = 'small' }: { reason?: string | null; size?: ChipProps['size'] }) => {
  const chip = <Chip label="Urgente" color="error" size={size} />;
  return reason ? <Tooltip title={`Motif de l’urgence : ${reason}`}>{chip}</Tooltip> : chip;
};

/** An urgent referral still waiting past its court's target: the permanence has been reminded. */
export const LateChip = ({ size = 'small' }: { size?: ChipProps['size'] }) => (
  <Tooltip title="Délai cible de prise en compte dépassé : la permanence a été relancée">
    <Chip label="En retard" color="warning" variant="outlined" size={size} />
  </Tooltip>
);

/** "Urgente" when the record in context is urgent, and "En retard" past its target; nothing otherwise (list cells). */
export const UrgentField = () => {
  const record = useRecordContext<{ id: string; urgent: boolean; urgencyReason?: string | null; enRetard?: boolean }>();
  if (!record?.urgent) return null;
  return (
    <Stack direction="row" spacing={0.5}>
      <UrgentChip reason={record.urgencyReason} />
      {record.enRetard && <LateChip />}
    </Stack>
  );
};
