// npm run jobs:alerts: runs the alert digest job once, now (the digests that are due, and the
// clean-up of unconfirmed and bounced alerts), against DATABASE_URL or the embedded database.
// The app runs the same job every morning through pg-boss (lib/jobs/runner.ts).
import { runAlertDigests } from "../lib/alerts/digest";
import { runWithScriptDatabase } from "./database";

await runWithScriptDatabase(async (prisma) => {
  const result = await runAlertDigests(prisma);
  console.log(`Alert digests: ${result.due} due, ${result.sent} sent, ${result.empty} with nothing new; removed ${result.removed.unconfirmed} unconfirmed and ${result.removed.bounced} bounced alert(s).`);
});
