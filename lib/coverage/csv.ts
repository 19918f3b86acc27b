import { intlLocale } from "../i18n/locales";

// CSV for spreadsheets (docs/decisions/015): UTF-8 with a byte-order mark, so Excel reads the
// letters right; where the locale writes decimals with a comma (fi, sv, …) the separator is a
// semicolon and numbers use the comma, as Excel in those locales expects; elsewhere a comma.

export type CsvTable = { columns: string[]; rows: { text: string; number?: number }[][] };

export function csvFormat(locale: string): { separator: string; decimal: string } {
  const decimal = new Intl.NumberFormat(intlLocale(locale)).formatToParts(1.5).find((p) => p.type === "decimal")?.value ?? ".";
  return { separator: decimal === "," ? ";" : ",", decimal };
}

function quote(value: string, separator: string): string {
  // A leading =, +, - or @ would be a formula in a spreadsheet: prefixed with an apostrophe.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(table: CsvTable, locale: string): string {
  const { separator, decimal } = csvFormat(locale);
  const cell = (c: { text: string; number?: number }) => (c.number !== undefined ? String(c.number).replace(".", decimal) : quote(c.text, separator));
  const lines = [table.columns.map((c) => quote(c, separator)).join(separator), ...table.rows.map((row) => row.map(cell).join(separator))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
