/** A court as `GET /api/juridictions` answers it (common's contract). */
export type { JuridictionRecord } from '@info-parquet/common';

/** `120` → `2 h`, `90` → `1 h 30`, `45` → `45 min`. */
export function formatDelai(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
}
