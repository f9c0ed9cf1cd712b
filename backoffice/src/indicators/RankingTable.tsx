import { Card, CardContent, Stack, Button, Table, TableBody, TableCell, TableHead, TableRow, Typography, Box } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { csvCount, csvShare, formatCount, formatDuration, formatShare, toCsv, type CourtRankingRow } from '@info-parquet/common';
import { downloadCsv } from '../layout/downloadFile';

const HEADER = ['Juridiction', 'Saisines reçues', 'Délai médian d’enregistrement', 'Urgences dans le délai', 'Décisions communiquées', 'Transférées'];

/** The courts side by side (national readers), most referrals first; « < 5 » rule applied. */
export const RankingTable = ({ rows, fileStem }: { rows: CourtRankingRow[]; fileStem: string }) => {
  const download = () =>
    downloadCsv(
      `${fileStem}-juridictions.csv`,
      toCsv(
        [...HEADER.slice(0, 2), 'Délai médian d’enregistrement (secondes)', ...HEADER.slice(3)],
        rows.map((row) => [
          row.juridictionNom,
          csvCount(row.received),
          row.timeToRegistrationMedianSeconds,
          csvShare(row.urgentWithinTargetShare),
          csvShare(row.communicatedShare),
          csvShare(row.transferredShare),
        ]),
      ),
    );
  return (
    <Card variant="outlined" component="section" aria-labelledby="classement-juridictions">
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
          <Typography id="classement-juridictions" variant="h6" component="h2" sx={{ flexGrow: 1 }}>
            Juridictions comparées
          </Typography>
          <Button size="small" startIcon={<DownloadIcon />} onClick={download} disabled={rows.length === 0}>
            Télécharger (CSV)
          </Button>
        </Stack>
        {rows.length === 0 ? (
          <Typography color="text.secondary">Aucune saisine reçue dans la période.</Typography>
        ) : (
          <Box sx={{ maxHeight: 480, overflow: 'auto' }} tabIndex={0} role="region" aria-label="Tableau des juridictions (défilant)">
            <Table size="small" stickyHeader>
              <TableHead>
                <TableRow>
                  {HEADER.map((cell, index) => (
                    <TableCell key={cell} component="th" scope="col" align={index === 0 ? 'left' : 'right'}>
                      {cell}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.juridictionId}>
                    <TableCell component="th" scope="row">
                      {row.juridictionNom}
                    </TableCell>
                    <TableCell align="right">{formatCount(row.received)}</TableCell>
                    <TableCell align="right">{formatDuration(row.timeToRegistrationMedianSeconds)}</TableCell>
                    <TableCell align="right">{formatShare(row.urgentWithinTargetShare)}</TableCell>
                    <TableCell align="right">{formatShare(row.communicatedShare)}</TableCell>
                    <TableCell align="right">{formatShare(row.transferredShare)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </CardContent>
    </Card>
  );
};
