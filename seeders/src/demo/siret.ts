import { LA_POSTE_SIREN, luhnCheckDigit } from '@info-parquet/common';
import type { Random } from './random';

/** A random SIRET whose SIREN (9 digits) and whole number (14 digits) both have a valid Luhn key. */
export function randomSiret(random: Random): string {
  let siren: string;
  do {
    let body = String(random.int(3, 9));
    for (let i = 0; i < 7; i += 1) body += String(random.int(0, 9));
    siren = body + luhnCheckDigit(body);
  } while (siren === LA_POSTE_SIREN);
  const nic = String(random.int(1, 250)).padStart(4, '0');
  return siren + nic + luhnCheckDigit(siren + nic);
}
