// npm run mail:bounces <file> [<file> ...]: reads delivery status notifications (bounce
// messages as saved from the mailbox, RFC 3464) and stops the alerts of every address they
// report as permanently failed (docs/decisions/014). The same as the /api/mail/bounces webhook,
// for installations whose bounces land in a mailbox. "-" reads standard input.
import { readFile } from "node:fs/promises";
import { processBounceReport } from "../lib/alerts/bounces";
import { runWithScriptDatabase } from "./database";

const files = process.argv.slice(2);
if (!files.length) {
  console.error("Usage: npm run mail:bounces <file> [<file> ...]   (a saved bounce message; - for standard input)");
  process.exit(2);
}
const read = async (file: string) => {
  if (file !== "-") return readFile(file, "utf8");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
};
const reports = await Promise.all(files.map(read)).catch((error: unknown) => {
  console.error(`Cannot read: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

await runWithScriptDatabase(async (prisma) => {
  for (const [index, report] of reports.entries()) {
    const { addresses, alerts } = await processBounceReport(report, { db: prisma });
    console.log(`${files[index]}: ${addresses.length} permanently failed address(es), ${alerts} alert(s) stopped.`);
  }
});
