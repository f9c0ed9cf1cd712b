import type { SeriesPoint } from '@info-parquet/common';
import { formatCount, formatIsoDateFr } from '@info-parquet/common';

const WIDTH = 720;
const HEIGHT = 200;
const MARGIN = 24;

/**
 * Referrals received per step as plain SVG bars (no chart library on the public page). The
 * drawing is decorative for screen readers: the table below it holds the same figures.
 */
export function SeriesBars({ points }: { points: SeriesPoint[] }) {
  const values = points.map((point) => (point.received === '<5' ? 0 : point.received));
  const max = Math.max(1, ...values);
  const step = (WIDTH - 2 * MARGIN) / Math.max(1, points.length);
  const barWidth = Math.max(2, step * 0.7);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + MARGIN}`} width="100%" aria-hidden="true" focusable="false" className="fr-mb-2w">
      <line x1={MARGIN} y1={HEIGHT} x2={WIDTH - MARGIN} y2={HEIGHT} stroke="currentColor" strokeWidth={1} />
      {points.map((point, index) => {
        const height = (values[index] / max) * (HEIGHT - MARGIN);
        const x = MARGIN + index * step + (step - barWidth) / 2;
        return (
          <g key={point.start}>
            <rect x={x} y={HEIGHT - height} width={barWidth} height={height} fill="var(--background-action-high-blue-france, #000091)">
              <title>{`${formatIsoDateFr(point.start)} : ${formatCount(point.received)}`}</title>
            </rect>
            {(points.length <= 14 || index % Math.ceil(points.length / 14) === 0) && (
              <text x={x + barWidth / 2} y={HEIGHT + 16} fontSize={10} textAnchor="middle" fill="currentColor">
                {formatIsoDateFr(point.start).slice(0, 5)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
