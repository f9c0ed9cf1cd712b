import { useEffect, useRef, useState } from 'react';
import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useDataProvider, useListContext, useNotify } from 'react-admin';
import { formatCount as count, todayInParis } from '@info-parquet/common';
import type { AppDataProvider } from '../../providers/dataProvider';
import { downloadFile } from '../../layout/downloadFile';

/** Rows counted are an estimate (the list's total may change meanwhile): 100 % only once the file is complete. */
export function exportProgress(rows: number, total: number | undefined): { text: string; percent: number | null } {
  if (!total) return { text: `Export en cours : ${count(rows)} saisine${rows > 1 ? 's' : ''} reçue${rows > 1 ? 's' : ''}`, percent: null };
  const percent = Math.min(99, Math.floor((rows * 100) / total));
  return { text: `Export en cours : ${count(Math.min(rows, total))} / ${count(total)} saisines (${percent} %)`, percent };
}

const FAILED = 'L’export n’a pas abouti : la connexion avec le serveur a été interrompue. Réessayez dans quelques instants.';

/**
 * "Exporter (CSV)": every referral of the current filter, in the current order
 * (GET /api/saisines/export.csv), with the rows received against the list's total, and a way out.
 */
export const ExportCsvButton = () => {
  const { filterValues, sort, total } = useListContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const [rows, setRows] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);

  // Leaving the list stops the download.
  useEffect(() => () => controller.current?.abort(), []);

  async function exportCsv() {
    const current = new AbortController();
    controller.current = current;
    setError(null);
    setRows(0);
    try {
      const blob = await dataProvider.exportSaisinesCsv({ filter: filterValues, sort, signal: current.signal, onRows: setRows });
      downloadFile(`saisines-${todayInParis()}.csv`, blob);
    } catch (failure) {
      if (current.signal.aborted) notify('Export annulé : aucun fichier n’a été enregistré.', { type: 'info' });
      // The API's French message, or a network failure (TypeError) told plainly.
      else setError(failure instanceof TypeError ? FAILED : (failure as Error).message || FAILED);
    } finally {
      if (controller.current === current) controller.current = null;
      setRows(null);
    }
  }

  const progress = rows === null ? null : exportProgress(rows, total);
  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-end' }}>
      <Button size="small" onClick={exportCsv} disabled={progress !== null} startIcon={<DownloadIcon />}>
        Exporter (CSV)
      </Button>
      {progress && (
        <Box sx={{ width: 320 }}>
          <Typography variant="body2" aria-live="polite">
            {progress.text}
          </Typography>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <LinearProgress
              sx={{ flexGrow: 1 }}
              variant={progress.percent === null ? 'indeterminate' : 'determinate'}
              value={progress.percent ?? undefined}
              aria-label="Progression de l’export CSV"
            />
            <Button size="small" color="inherit" onClick={() => controller.current?.abort()}>
              Annuler
            </Button>
          </Stack>
        </Box>
      )}
      {error && (
        <Alert severity="error" onClose={() => setError(null)} sx={{ maxWidth: 420 }}>
          {error}
        </Alert>
      )}
    </Stack>
  );
};
