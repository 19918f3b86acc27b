import { parse } from "csv-parse/sync";

// CSV in the form spreadsheets open without asking: UTF-8 with a byte-order mark, CRLF line
// ends, every field quoted when it needs to be. A cell that a spreadsheet would run as a
// formula (=, +, -, @, tab, CR at the start) is prefixed with an apostrophe (OWASP CSV injection).

export const BOM = "\uFEFF";

function cell(value: string | number | boolean | null | undefined, guardFormulas: boolean): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (guardFormulas && typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** `guardFormulas: false` for files meant for programs (the HSDS tabular form), where text must stay exact. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[], options: { guardFormulas?: boolean } = {}): string {
  const guard = options.guardFormulas ?? true;
  return BOM + [header, ...rows].map((row) => row.map((value) => cell(value, guard)).join(",")).join("\r\n") + "\r\n";
}

/** Parses CSV (RFC 4180, with or without a BOM) into rows of strings; [] when it is not CSV. */
export function parseCsv(text: string): string[][] {
  try {
    const rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
    return rows.filter((r) => r.some((f) => f !== ""));
  } catch {
    return [];
  }
}
