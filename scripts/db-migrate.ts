// npm run db:migrate: applies pending SQL migrations (see lib/db/migrate.ts).
import { applyMigrations } from "../lib/db/migrate";
import { explainDatabaseError, openScriptDatabase } from "./database";

const db = await openScriptDatabase({ reuseRunning: true }).catch((error) => {
  console.error(explainDatabaseError(error));
  process.exit(1);
});
try {
  const applied = await applyMigrations(db.url, { log: (line) => console.log(line) });
  console.log(applied.length ? `Applied ${applied.length} migration(s).` : "Database is up to date.");
} catch (error) {
  console.error(explainDatabaseError(error));
  process.exitCode = 1;
} finally {
  await db.stop();
}
