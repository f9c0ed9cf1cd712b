import { useState, type FormEvent } from 'react';
import {
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Divider,
  IconButton,
  ListItemText,
  Menu,
  MenuItem,
  TextField,
  Typography,
} from '@mui/material';
import BookmarksIcon from '@mui/icons-material/Bookmarks';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { Button, useListContext, useStore } from 'react-admin';
import { sanitizePreference, type VueEnregistree } from '@info-parquet/common';

export const VUES_KEY = 'saisines.vues';
const MAX_VUES = 20;

/**
 * « Mes vues »: the current filters and sort saved under a name, applied or deleted in a click.
 * Kept in the store, hence on the server for this user (providers/preferencesStore.ts); a
 * full-text search is never part of a saved view.
 */
export const SavedViewsButton = () => {
  const { filterValues, sort, setFilters, setSort } = useListContext();
  const [vues, setVues] = useStore<VueEnregistree[]>(VUES_KEY, []);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');

  const apply = (vue: VueEnregistree) => {
    setAnchor(null);
    setFilters(vue.filter, {});
    setSort(vue.sort);
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    const [vue] = sanitizePreference(VUES_KEY, [{ name: trimmed, filter: filterValues, sort }]) as VueEnregistree[];
    setVues([...vues.filter((v) => v.name !== trimmed), vue].slice(-MAX_VUES));
    setNaming(false);
    setName('');
  };

  return (
    <>
      <Button label="Mes vues" onClick={(event) => setAnchor(event.currentTarget)} aria-haspopup="menu">
        <BookmarksIcon />
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {vues.length === 0 && (
          <MenuItem disabled>
            <ListItemText>Aucune vue enregistrée</ListItemText>
          </MenuItem>
        )}
        {vues.map((vue) => (
          <MenuItem key={vue.name} onClick={() => apply(vue)}>
            <ListItemText>{vue.name}</ListItemText>
            <IconButton
              size="small"
              edge="end"
              aria-label={`Supprimer la vue « ${vue.name} »`}
              onClick={(event) => {
                event.stopPropagation();
                setVues(vues.filter((v) => v.name !== vue.name));
              }}
            >
              <DeleteIcon fontSize="small" />
            </IconButton>
          </MenuItem>
        ))}
        <Divider />
        <MenuItem
          onClick={() => {
            setAnchor(null);
            setNaming(true);
          }}
        >
          Enregistrer la vue actuelle…
        </MenuItem>
      </Menu>
      <Dialog open={naming} onClose={() => setNaming(false)} aria-labelledby="saved-view-title">
        <form onSubmit={save}>
          <DialogTitle id="saved-view-title">Enregistrer la vue actuelle</DialogTitle>
          <DialogContent>
            <TextField
              autoFocus
              fullWidth
              margin="dense"
              label="Nom de la vue"
              value={name}
              onChange={(event) => setName(event.target.value)}
              slotProps={{ htmlInput: { maxLength: 80 } }}
            />
            <Typography variant="body2" color="text.secondary">
              Les filtres et le tri sont enregistrés ; la recherche libre ne l’est pas.
            </Typography>
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={() => setNaming(false)}>Annuler</MuiButton>
            <MuiButton type="submit" variant="contained" disabled={!name.trim()}>
              Enregistrer
            </MuiButton>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};
