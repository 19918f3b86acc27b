// npm run jobs:daily: runs the daily job once, now (expiry reminders, clean-ups), against
// DATABASE_URL or the embedded database (reusing it if the app is running). The app itself
// runs the same job every morning through pg-boss (lib/jobs/runner.ts, started by npm start).
import { createPrismaClient } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrate";
import { runDailyJobs } from "../lib/jobs/daily";
import { closeLimiters } from "../lib/rate-limit/limiter";
import { explainDatabaseError, openScriptDatabase } from "./database";

const db = await openScriptDatabase({ reuseRunning: true }).catch((error) => {
  console.error(explainDatabaseError(error));
  process.exit(1);
});
const prisma = createPrismaClient(db.url);
try {
  await applyMigrations(db.url);
  const result = await runDailyJobs(prisma);
  console.log(`Daily jobs: ${result.reminders} reminder(s) sent, ${result.purgedNotices} deleted notice(s) purged, ${result.purgedTokens} expired token(s) and ${result.purgedSessions} session(s) removed.`);
} catch (error) {
  console.error(explainDatabaseError(error));
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
  await closeLimiters();
  await db.stop();
}
