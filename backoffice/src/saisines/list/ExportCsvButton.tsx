import { useState } from 'react';
import { Button, CircularProgress } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useDataProvider, useListContext, useNotify } from 'react-admin';
import { todayInParis } from '@info-parquet/common';
import type { AppDataProvider } from '../../providers/dataProvider';

/** Hands a file to the browser's downloads, under the name the API chose for the day. */
function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** "Exporter (CSV)": every referral of the current filter, in the current order (GET /api/saisines/export.csv). */
export const ExportCsvButton = () => {
  const { filterValues, sort } = useListContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const [preparing, setPreparing] = useState(false);

  async function exportCsv() {
    setPreparing(true);
    try {
      const blob = await dataProvider.exportSaisinesCsv({ filter: filterValues, sort });
      download(blob, `saisines-${todayInParis()}.csv`);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setPreparing(false);
    }
  }

  return (
    <Button
      size="small"
      onClick={exportCsv}
      disabled={preparing}
      startIcon={preparing ? <CircularProgress size={16} aria-hidden /> : <DownloadIcon />}
      aria-live="polite"
    >
      {preparing ? 'Préparation de l’export…' : 'Exporter (CSV)'}
    </Button>
  );
};
