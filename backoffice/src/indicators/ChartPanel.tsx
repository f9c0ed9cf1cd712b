import { useId, useState, type ReactNode } from 'react';
import { Box, Button, Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import TableChartIcon from '@mui/icons-material/TableChart';
import { toCsv } from '@info-parquet/common';
import { downloadCsv } from '../layout/downloadFile';

export interface ChartTable {
  header: string[];
  /** Rows as shown on screen. */
  rows: string[][];
  /** The same rows for the CSV file (raw numbers, « < 5 » kept). */
  csvRows: Array<Array<string | number | null>>;
}

interface Props {
  title: string;
  description?: string;
  fileName: string;
  table: ChartTable;
  children: ReactNode;
}

/**
 * A chart with what every chart owes its readers (RGAA): a title, a table with the same data
 * (shown on demand, always reachable by keyboard and screen readers) and the data as CSV.
 */
export const ChartPanel = ({ title, description, fileName, table, children }: Props) => {
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  const tableId = useId();
  return (
    <Card variant="outlined" component="section" aria-labelledby={titleId}>
      <CardContent>
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
          <Typography id={titleId} variant="h6" component="h2" sx={{ flexGrow: 1 }}>
            {title}
          </Typography>
          <Button size="small" startIcon={<TableChartIcon />} aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((shown) => !shown)}>
            {showTable ? 'Masquer le tableau' : 'Afficher le tableau'}
          </Button>
          <Button size="small" startIcon={<DownloadIcon />} onClick={() => downloadCsv(fileName, toCsv(table.header, table.csvRows))}>
            Télécharger (CSV)
          </Button>
        </Stack>
        {description && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {description}
          </Typography>
        )}
        <Box>{children}</Box>
        <Box id={tableId} hidden={!showTable} sx={{ overflowX: 'auto' }}>
          <Table size="small">
            <caption>{title}</caption>
            <TableHead>
              <TableRow>
                {table.header.map((cell) => (
                  <TableCell key={cell} component="th" scope="col">
                    {cell}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {table.rows.map((row) => (
                <TableRow key={row[0]}>
                  {row.map((cell, index) =>
                    index === 0 ? (
                      <TableCell key={index} component="th" scope="row">
                        {cell}
                      </TableCell>
                    ) : (
                      <TableCell key={index}>{cell}</TableCell>
                    ),
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      </CardContent>
    </Card>
  );
};
