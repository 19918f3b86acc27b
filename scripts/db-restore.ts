// npm run db:restore -- DIR: replaces the database's data (DATABASE_URL, or the embedded one)
// with the backup in DIR, after migrating it to this version's schema. All or nothing: if
// anything fails, the database is as it was. See lib/db/backup.ts and the README ("Backups").
import { parseArgs } from "node:util";
import { restoreDatabase } from "../lib/db/backup";
import { explainDatabaseError, openScriptDatabase } from "./database";

const { positionals } = parseArgs({ allowPositionals: true });
const dir = positionals[0];
if (!dir) {
  console.error("Usage: npm run db:restore -- <backup directory>   (made by npm run db:backup)");
  process.exit(2);
}
const db = await openScriptDatabase({ reuseRunning: true }).catch((error) => {
  console.error(explainDatabaseError(error));
  process.exit(1);
});
try {
  const manifest = await restoreDatabase(db.url, dir, { log: (line) => console.log(line) });
  console.log(`Restored the backup of ${manifest.createdAt} (${manifest.tables.length} tables).`);
} catch (error) {
  console.error(`Nothing was changed: ${explainDatabaseError(error)}`);
  process.exitCode = 1;
} finally {
  await db.stop();
}
