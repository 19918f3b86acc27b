// npm run db:backup [-- --out DIR]: a consistent logical backup of the app's database
// (DATABASE_URL, or the embedded one, even while the app runs) into DIR, by default
// backups/<date and time>. See lib/db/backup.ts and the README ("Backups").
import path from "node:path";
import { parseArgs } from "node:util";
import { backupDatabase } from "../lib/db/backup";
import { explainDatabaseError, openScriptDatabase } from "./database";

const { values } = parseArgs({ options: { out: { type: "string" } } });
const out = values.out ?? path.join("backups", new Date().toISOString().replace(/[:.]/g, "-"));
const db = await openScriptDatabase({ reuseRunning: true }).catch((error) => {
  console.error(explainDatabaseError(error));
  process.exit(1);
});
try {
  const manifest = await backupDatabase(db.url, out);
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(`Backed up ${manifest.tables.length} tables, ${rows} rows (PostgreSQL ${manifest.serverVersion}, ${manifest.migrations.length} migrations) to ${out}`);
} catch (error) {
  console.error(explainDatabaseError(error));
  process.exitCode = 1;
} finally {
  await db.stop();
}
