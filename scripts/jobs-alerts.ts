// npm run jobs:alerts: runs the alert digest job once, now (the digests that are due, and the
// clean-up of unconfirmed and bounced alerts), against DATABASE_URL or the embedded database.
// The app runs the same job every morning through pg-boss (lib/jobs/runner.ts).
import { createPrismaClient } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrate";
import { runAlertDigests } from "../lib/alerts/digest";
import { explainDatabaseError, openScriptDatabase } from "./database";

const db = await openScriptDatabase({ reuseRunning: true }).catch((error) => {
  console.error(explainDatabaseError(error));
  process.exit(1);
});
const prisma = createPrismaClient(db.url);
try {
  await applyMigrations(db.url);
  const result = await runAlertDigests(prisma);
  console.log(`Alert digests: ${result.due} due, ${result.sent} sent, ${result.empty} with nothing new; removed ${result.removed.unconfirmed} unconfirmed and ${result.removed.bounced} bounced alert(s).`);
} catch (error) {
  console.error(explainDatabaseError(error));
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
  await db.stop();
}
