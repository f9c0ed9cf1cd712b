import DescriptionIcon from '@mui/icons-material/Description';
import { Link, List, ListItem, ListItemIcon, ListItemText, Tooltip, Typography } from '@mui/material';
import { formatBytes } from '@info-parquet/common';
import type { SaisineDetail } from '../types';
import { SectionCard } from './SectionCard';

export const AttachmentsCard = ({ record }: { record: SaisineDetail }) => (
  <SectionCard title="Pièces jointes">
    {record.attachments.length === 0 ? (
      <Typography color="text.secondary">Aucune pièce jointe.</Typography>
    ) : (
      <List dense disablePadding>
        {record.attachments.map((attachment) => (
          <ListItem key={attachment.id} disableGutters divider>
            <ListItemIcon sx={{ minWidth: 36 }}>
              <DescriptionIcon aria-hidden />
            </ListItemIcon>
            <ListItemText
              primary={
                // Same origin: the session cookie authorises the download (the API checks the court).
                <Link href={`/api/saisines/${record.id}/pieces-jointes/${attachment.id}`} download={attachment.originalName}>
                  {attachment.originalName}
                </Link>
              }
              secondary={
                <>
                  {attachment.mimeType} · {formatBytes(attachment.sizeBytes)} ·{' '}
                  <Tooltip title={`Empreinte SHA-256 : ${attachment.sha256}`}>
                    <span>SHA-256 {attachment.sha256.slice(0, 12)}…</span>
                  </Tooltip>
                </>
              }
            />
          </ListItem>
        ))}
      </List>
    )}
  </SectionCard>
);
