import { randomInt } from "node:crypto";

/** A random Y-tunnus with a correct check digit, unique enough for one test run. */
export function randomBusinessId(): string {
  const weights = [7, 9, 10, 5, 8, 4, 2];
  for (;;) {
    const body = String(randomInt(1_000_000, 9_999_999));
    const remainder = [...body].reduce((sum, digit, i) => sum + Number(digit) * weights[i]!, 0) % 11;
    if (remainder === 1) continue;
    return `${body}-${remainder === 0 ? 0 : 11 - remainder}`;
  }
}
