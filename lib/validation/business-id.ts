// Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit. The check digit
// is 11 − (Σ digit × weight mod 11) with weights 7,9,10,5,8,4,2; remainder 0 gives 0 and
// remainder 1 is never issued.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

/** Accepts common spellings ("1234567-8", " 1234567 - 8 ", "12345678") and returns the canonical form, or null. */
export function normaliseBusinessId(input: string): string | null {
  const digits = input.replace(/[\s-]/g, "");
  if (!/^\d{8}$/.test(digits)) return null;
  // Old IDs have six digits and are written with a leading zero; the 8-digit form covers both.
  const body = digits.slice(0, 7);
  const check = Number(digits[7]);
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * WEIGHTS[i]!, 0);
  const remainder = sum % 11;
  if (remainder === 1) return null;
  const expected = remainder === 0 ? 0 : 11 - remainder;
  return expected === check ? `${body}-${check}` : null;
}

export function isValidBusinessId(input: string): boolean {
  return normaliseBusinessId(input) !== null;
}
