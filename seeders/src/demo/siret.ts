import type { Random } from './random';

/** The digit that makes `digits + d` pass the Luhn check. */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    // Positions counted from the right of the final number: the check digit is position 0.
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

const LA_POSTE_SIREN = '356000000';

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
