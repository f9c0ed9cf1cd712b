import { Alert, Box, Grid, LinearProgress, Stack, Typography } from '@mui/material';
import { useGetIdentity } from 'react-admin';
import { formatIsoDateFr, SMALL_COUNT_RULE, type IndicatorId, type IndicatorsResponse } from '@info-parquet/common';
import { toFailure } from '../saisines/show/actions/useSendTransition';
import { DistributionCharts } from './DistributionCharts';
import { IndicatorCard } from './IndicatorCard';
import { IndicatorFilters } from './IndicatorFilters';
import { RankingTable } from './RankingTable';
import { SeriesCharts } from './SeriesCharts';
import { useIndicatorQuery } from './useIndicatorQuery';
import { useIndicators } from './useIndicators';

const CARD_ORDER: IndicatorId[] = [
  'timeToRegistration',
  'automaticAcknowledgement',
  'urgentVisibility',
  'decisionFeedback',
  'timeToDecision',
  'firstTimeCompleteness',
  'misrouting',
  'selfServiceFollowUp',
  'adoption',
];

function scopeLabel(data: IndicatorsResponse, juridictionNom: string | undefined): string {
  if (data.scope === 'juridiction') return juridictionNom ?? 'Ma juridiction';
  if (!data.query.juridictionId) return 'National';
  return data.ranking?.find((row) => row.juridictionId === data.query.juridictionId)?.juridictionNom ?? 'Juridiction choisie';
}

/** The impact indicators for the reader's scope: filters, a card per indicator, series, distributions, courts. */
export const IndicatorsDashboard = () => {
  const [query, update] = useIndicatorQuery();
  const { data, error, isPending, isFetching } = useIndicators(query);
  const { identity } = useGetIdentity();
  const national = data ? data.scope === 'national' : identity?.role === 'analyste' || identity?.role === 'admin_national';
  const label = data ? scopeLabel(data, identity?.juridictionNom as string | undefined) : '';
  const fileStem = data ? `indicateurs-${data.period.from}-${data.period.to}` : 'indicateurs';
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <IndicatorFilters query={query} applied={data?.query} national={national} onChange={update} />
      <Box sx={{ minHeight: 4 }}>{isFetching && <LinearProgress aria-label="Calcul des indicateurs" />}</Box>
      {error ? (
        <Alert severity="error">{toFailure(error).message}</Alert>
      ) : isPending || !data ? (
        <Typography role="status" color="text.secondary">
          Calcul des indicateurs…
        </Typography>
      ) : (
        <>
          <Typography role="status" aria-live="polite">
            <strong>{label}</strong> : saisines reçues du {formatIsoDateFr(data.period.from)} au {formatIsoDateFr(data.period.to)}, comparées à la période
            précédente (du {formatIsoDateFr(data.previousPeriod.from)} au {formatIsoDateFr(data.previousPeriod.to)})
            {data.national ? ', et à l’ensemble des juridictions' : ''}.
          </Typography>
          {data.current.received === 0 && <Alert severity="info">Aucune saisine reçue dans la période avec ces filtres : les indicateurs sont vides.</Alert>}
          {data.scope === 'national' || data.national ? <Alert severity="info" variant="outlined">{SMALL_COUNT_RULE}</Alert> : null}
          <Grid container spacing={2}>
            {CARD_ORDER.map((id) => (
              <Grid key={id} size={{ xs: 12, md: 6, xl: 4 }}>
                <IndicatorCard id={id} current={data.current} previous={data.previous} national={data.national} scopeLabel={label} />
              </Grid>
            ))}
          </Grid>
          <SeriesCharts data={data} fileStem={fileStem} />
          <DistributionCharts data={data} fileStem={fileStem} />
          {data.ranking && <RankingTable rows={data.ranking} fileStem={fileStem} />}
        </>
      )}
    </Stack>
  );
};
