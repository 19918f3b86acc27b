// npm run db:migrate: applies pending SQL migrations (see lib/db/migrate.ts).
import { createPrismaClient } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrate";
import { ensureSearchFormat } from "../lib/search/sync";
import { explainDatabaseError, openScriptDatabase } from "./database";

const db = await openScriptDatabase({ reuseRunning: true }).catch((error) => {
  console.error(explainDatabaseError(error));
  process.exit(1);
});
try {
  const applied = await applyMigrations(db.url, { log: (line) => console.log(line) });
  console.log(applied.length ? `Applied ${applied.length} migration(s).` : "Database is up to date.");
  // Search documents written by an older format are rebuilt once (lib/search/sync.ts).
  const prisma = createPrismaClient(db.url);
  const rebuilt = await ensureSearchFormat(prisma).finally(() => prisma.$disconnect());
  if (rebuilt !== undefined) console.log(`Rebuilt ${rebuilt} search document(s) in the new format.`);
} catch (error) {
  console.error(explainDatabaseError(error));
  process.exitCode = 1;
} finally {
  await db.stop();
}
