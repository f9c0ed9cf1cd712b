import { useId, useState } from 'react';
import { Button, Checkbox, FormControlLabel, FormGroup, Popover, Box, Typography } from '@mui/material';
import ViewColumnIcon from '@mui/icons-material/ViewColumn';
import { useStore, useTranslateLabel } from 'react-admin';

interface ColumnsChooserProps {
  /** The DataTable's store key (react-admin's default: `<resource>.datatable`), kept for the user. */
  storeKey: string;
  /** Every column that can be hidden, in the table's order. */
  columns: readonly string[];
  defaultHidden: readonly string[];
  resource: string;
}

/**
 * « Colonnes »: which columns the list shows, as a group of check boxes in a popover (keyboard:
 * Tab, Space, Escape). It writes the hidden columns where react-admin's DataTable reads them, so
 * the choice is kept like every preference. react-admin's own selector nests its switches and
 * drag handles inside menu items (axe: aria-required-parent, nested-interactive): not used.
 */
export const ColumnsChooser = ({ storeKey, columns, defaultHidden, resource }: ColumnsChooserProps) => {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [hidden, setHidden] = useStore<string[]>(storeKey, [...defaultHidden]);
  const translateLabel = useTranslateLabel();
  const titleId = useId();
  const toggle = (column: string) => setHidden(hidden.includes(column) ? hidden.filter((other) => other !== column) : [...hidden, column]);
  return (
    <>
      <Button size="small" startIcon={<ViewColumnIcon />} onClick={(event) => setAnchor(event.currentTarget)} aria-haspopup="dialog" aria-expanded={Boolean(anchor)}>
        Colonnes
      </Button>
      <Popover
        open={Boolean(anchor)}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
        slotProps={{ paper: { role: 'dialog', 'aria-labelledby': titleId } as object }}
      >
        <Box component="fieldset" sx={{ border: 0, m: 0, px: 2, py: 1 }}>
          <Typography component="legend" id={titleId} variant="subtitle2" sx={{ p: 0 }}>
            Colonnes affichées
          </Typography>
          <FormGroup>
            {columns.map((column) => (
              <FormControlLabel
                key={column}
                control={<Checkbox size="small" checked={!hidden.includes(column)} onChange={() => toggle(column)} />}
                label={translateLabel({ source: column, resource })}
              />
            ))}
          </FormGroup>
          <Button size="small" onClick={() => setHidden([...defaultHidden])}>
            Rétablir les colonnes par défaut
          </Button>
        </Box>
      </Popover>
    </>
  );
};
