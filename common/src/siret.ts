/** SIRET checks: 14 digits with a valid Luhn key (La Poste's establishments use a digit-sum rule instead). */
export const LA_POSTE_SIREN = '356000000';

/** The digit that makes `digits + d` pass the Luhn check. */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    // Counted from the right of the final number, whose check digit is position 0.
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

export function luhnValid(digits: string): boolean {
  return /^\d+$/.test(digits) && luhnCheckDigit(digits.slice(0, -1)) === Number(digits[digits.length - 1]);
}

export function isValidSiret(value: string): boolean {
  const siret = value.replace(/\s/g, '');
  if (!/^\d{14}$/.test(siret)) return false;
  if (siret.startsWith(LA_POSTE_SIREN) && siret !== '35600000000048') {
    const digitSum = [...siret].reduce((total, digit) => total + Number(digit), 0);
    return digitSum % 5 === 0;
  }
  return luhnValid(siret);
}
