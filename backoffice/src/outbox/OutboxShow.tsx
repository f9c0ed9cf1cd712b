import { Alert, Box, List as MuiList, ListItem, Typography } from '@mui/material';
import { FunctionField, Labeled, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { OUTBOX_STATUS_LABELS } from '@info-parquet/common';
import { formatBytes } from '@info-parquet/common';
import { formatDateTime } from '../format';
import { kindLabel, type OutboxRecord } from './types';

const Attachments = () => {
  const record = useRecordContext<OutboxRecord>();
  if (!record) return null;
  if (record.attachments.length === 0) return <Typography>Aucune</Typography>;
  return (
    <MuiList dense disablePadding>
      {record.attachments.map((attachment) => (
        <ListItem key={attachment.filename} disableGutters>
          {attachment.filename} ({formatBytes(attachment.sizeBytes)})
        </ListItem>
      ))}
    </MuiList>
  );
};

const Body = () => {
  const record = useRecordContext<OutboxRecord>();
  if (!record) return null;
  return (
    <Box component="pre" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', m: 0, p: 2, bgcolor: 'action.hover', borderRadius: 1 }}>
      {record.text}
    </Box>
  );
};

/** One mail: its body as stored, where secrets (tracking links) appear as « ⟦secret:…⟧ ». */
const OutboxShow = () => (
  <Show title="Courriel">
    <SimpleShowLayout>
      <TextField source="subject" label="Objet" />
      <TextField source="to" label="Destinataire" />
      <FunctionField<OutboxRecord> label="Type" render={(record) => kindLabel(record.kind)} />
      <FunctionField<OutboxRecord> label="Statut" render={(record) => OUTBOX_STATUS_LABELS[record.status]} />
      <FunctionField<OutboxRecord> label="Créé le" render={(record) => formatDateTime(record.createdAt)} />
      <FunctionField<OutboxRecord> label="Envoyé le" render={(record) => formatDateTime(record.sentAt) || '—'} />
      <TextField source="attempts" label="Tentatives" />
      <TextField source="lastError" label="Dernière erreur" emptyText="—" />
      <Labeled label="Pièces jointes">
        <Attachments />
      </Labeled>
      <Labeled label="Texte du message" fullWidth>
        <Body />
      </Labeled>
      <Alert severity="info">
        Les liens de suivi et autres secrets ne sont jamais affichés : ils sont conservés chiffrés à part, puis effacés une fois le
        courriel envoyé.
      </Alert>
    </SimpleShowLayout>
  </Show>
);

export default OutboxShow;
