// npm run jobs:daily: runs the daily job once, now (expiry reminders, clean-ups), against
// DATABASE_URL or the embedded database (reusing it if the app is running). The app itself
// runs the same job every morning through pg-boss (lib/jobs/runner.ts, started by npm start).
import { runDailyJobs } from "../lib/jobs/daily";
import { closeLimiters } from "../lib/rate-limit/limiter";
import { runWithScriptDatabase } from "./database";

await runWithScriptDatabase(async (prisma) => {
  try {
    const result = await runDailyJobs(prisma);
    console.log(`Daily jobs: ${result.reminders} reminder(s) sent, ${result.purgedNotices} deleted notice(s) purged, ${result.purgedTokens} expired token(s) and ${result.purgedSessions} session(s) removed.`);
  } finally {
    await closeLimiters();
  }
});
