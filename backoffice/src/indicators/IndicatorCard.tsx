import { Box, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { visuallyHidden } from '@mui/utils';
import { INDICATOR_DEFINITIONS, type IndicatorId, type IndicatorValues } from '@info-parquet/common';
import { INDICATOR_LINES } from './indicatorLines';

interface Props {
  id: IndicatorId;
  current: IndicatorValues;
  previous: IndicatorValues;
  /** A court's reader: the national figures beside theirs. */
  national?: IndicatorValues;
  scopeLabel: string;
}

/** One indicator: its figures for the period, the previous period and (for a court) the nation, and its exact definition. */
export const IndicatorCard = ({ id, current, previous, national, scopeLabel }: Props) => {
  const { label, definition } = INDICATOR_DEFINITIONS[id];
  const titleId = `indicateur-${id}`;
  return (
    <Card variant="outlined" component="section" aria-labelledby={titleId} sx={{ height: '100%' }}>
      <CardContent>
        <Typography id={titleId} variant="h6" component="h2" gutterBottom>
          {label}
        </Typography>
        <Table size="small" aria-labelledby={titleId}>
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                <Box component="span" sx={visuallyHidden}>
                  Mesure
                </Box>
              </TableCell>
              <TableCell component="th" scope="col" align="right">
                {scopeLabel}
              </TableCell>
              <TableCell component="th" scope="col" align="right">
                Période précédente
              </TableCell>
              {national && (
                <TableCell component="th" scope="col" align="right">
                  National
                </TableCell>
              )}
            </TableRow>
          </TableHead>
          <TableBody>
            {INDICATOR_LINES[id].map((line) => (
              <TableRow key={line.label}>
                <TableCell component="th" scope="row">
                  {line.label}
                </TableCell>
                <TableCell align="right" sx={{ fontWeight: 600 }}>
                  {line.read(current)}
                </TableCell>
                <TableCell align="right">{line.read(previous)}</TableCell>
                {national && <TableCell align="right">{line.read(national)}</TableCell>}
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {definition}
        </Typography>
      </CardContent>
    </Card>
  );
};
