import { intlLocale } from "@/lib/i18n/locales";

// Colours of the coverage pictures: five steps of viridis (safe for the common colour-vision
// deficiencies, and monotone in lightness, so they stay in order when printed in grey), always
// with the figure written on top. Darker = more activities per resident than the national level.

export const STEPS = [
  { fill: "#fde725", text: "#000000" },
  { fill: "#5ec962", text: "#000000" },
  { fill: "#21918c", text: "#000000" },
  { fill: "#3b528b", text: "#ffffff" },
  { fill: "#440154", text: "#ffffff" },
] as const;

/** Upper bounds of the steps as a share of the national rate: under half, under 80 %, …, twice or more. */
export const STEP_BOUNDS = [0.5, 0.8, 1.25, 2] as const;

/** The step of a rate against the national rate; undefined for nothing at all (drawn white, dashed). */
export function stepOf(rate: number | undefined, national: number | undefined): number | undefined {
  if (rate === undefined || rate === 0) return undefined;
  if (!national) return 2;
  const ratio = rate / national;
  const index = STEP_BOUNDS.findIndex((bound) => ratio < bound);
  return index === -1 ? STEPS.length - 1 : index;
}

/** A figure with one decimal, or two under 1 (0,24 says more than 0,2). */
export function formatDecimal(value: number | undefined, locale: string, digits?: number): string {
  if (value === undefined) return "–";
  digits ??= value !== 0 && Math.abs(value) < 1 ? 2 : 1;
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

export function formatPercent(share: number | undefined, locale: string): string {
  if (share === undefined) return "–";
  return new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 0 }).format(share);
}
