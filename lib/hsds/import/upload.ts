import { unzipSync } from "fflate";
import { tableOfFile, type TabularFiles } from "../tabular";

// What the upload form sent, as one import: a single HSDS JSON file or our CSV; or the HSDS
// tabular form, as several CSV files chosen together or one zip of them (other files in the
// zip, such as datapackage.json, are ignored). Pure, so that it is tested without a server.

export type UploadedFile = { name: string; bytes: Uint8Array };

export type ReadUpload =
  | { kind: "single"; fileName: string; content: string }
  | { kind: "tabular"; fileName: string; tables: TabularFiles }
  | { kind: "error"; error: "noFile" | "fileTooLarge" | "unreadableZip" | "noTables" };

const decoder = new TextDecoder("utf-8");

function isZip(file: UploadedFile): boolean {
  return file.name.toLowerCase().endsWith(".zip") || (file.bytes[0] === 0x50 && file.bytes[1] === 0x4b && file.bytes[2] === 0x03 && file.bytes[3] === 0x04);
}

export function readUpload(files: UploadedFile[], maxBytes: number): ReadUpload {
  const given = files.filter((f) => f.bytes.length > 0);
  if (given.length === 0) return { kind: "error", error: "noFile" };
  if (given.reduce((sum, f) => sum + f.bytes.length, 0) > maxBytes) return { kind: "error", error: "fileTooLarge" };
  const entries: UploadedFile[] = [];
  for (const file of given) {
    if (!isZip(file)) {
      entries.push(file);
      continue;
    }
    let total = 0;
    let tooLarge = false;
    try {
      const unzipped = unzipSync(file.bytes, {
        // Decide by the sizes the archive declares, before inflating anything (zip bombs).
        filter: (entry) => {
          if (!tableOfFile(entry.name)) return false;
          total += entry.originalSize;
          if (total > maxBytes) tooLarge = true;
          return !tooLarge;
        },
      });
      if (tooLarge) return { kind: "error", error: "fileTooLarge" };
      for (const [name, bytes] of Object.entries(unzipped)) entries.push({ name, bytes });
    } catch {
      return { kind: "error", error: "unreadableZip" };
    }
    if (entries.reduce((sum, f) => sum + f.bytes.length, 0) > maxBytes) return { kind: "error", error: "fileTooLarge" };
  }
  const single = given.length === 1 && !isZip(given[0]!) ? given[0]! : undefined;
  if (single && !tableOfFile(single.name)) return { kind: "single", fileName: single.name || "import", content: decoder.decode(single.bytes) };
  const tables: TabularFiles = {};
  for (const entry of entries) {
    const table = tableOfFile(entry.name);
    if (table) tables[table] = decoder.decode(entry.bytes);
  }
  if (Object.keys(tables).length === 0) return { kind: "error", error: "noTables" };
  const fileName = given.length === 1 ? given[0]!.name : given.map((f) => f.name).join(", ");
  return { kind: "tabular", fileName: fileName.slice(0, 200), tables };
}
