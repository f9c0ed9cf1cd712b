/** Human-readable referral references: `IP-2026-000123`, unique and sequential per year. */
export const REFERENCE_PATTERN = /^IP-(\d{4})-(\d{6,})$/;

export function formatReference(year: number, sequence: number): string {
  return `IP-${year}-${String(sequence).padStart(6, '0')}`;
}

export function parseReference(reference: string): { year: number; sequence: number } | null {
  const match = REFERENCE_PATTERN.exec(reference);
  return match ? { year: Number(match[1]), sequence: Number(match[2]) } : null;
}
