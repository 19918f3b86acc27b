import PgBoss from "pg-boss";
import { createPrismaClient } from "../db/client";
import { logger } from "../log/logger";
import { startSearchSyncWorker } from "../search/meilisearch/worker";
import { runDailyJobs } from "./daily";
import { runAlertDigests } from "../alerts/digest";
import { DIGEST_CRON } from "../alerts/schedule";

// Background jobs in PostgreSQL (pg-boss 10, schema "pgboss"): with several app instances the
// daily job still runs once per day, is retried on failure and survives restarts.
// scripts/start.ts starts this next to the web server.

export const DAILY_QUEUE = "daily-maintenance";
export const ALERT_QUEUE = "alert-digests";

export async function startJobRunner(options: {
  databaseUrl: string;
  cron?: string;
  runNow?: boolean;
  /** SEARCH_ENGINE=meilisearch: send queued notice changes to Meilisearch every 2 s. */
  searchOutbox?: boolean;
}): Promise<{ stop: () => Promise<void> }> {
  const boss = new PgBoss({ connectionString: options.databaseUrl, max: 2 });
  boss.on("error", (error) => logger.error({ err: error.message }, "pg-boss error"));
  await boss.start();
  await boss.createQueue(DAILY_QUEUE, { name: DAILY_QUEUE, retryLimit: 3, retryDelay: 300, retryBackoff: true });
  // 06:00 in Finland: reminders arrive at the start of the working day.
  await boss.schedule(DAILY_QUEUE, options.cron ?? "0 6 * * *", {}, { tz: "Europe/Helsinki" });
  const prisma = createPrismaClient(options.databaseUrl);
  await boss.work(DAILY_QUEUE, async () => {
    await runDailyJobs(prisma);
  });
  // Email alerts (docs/decisions/014): daily at 07:00 Helsinki time, weekly ones on Mondays; the
  // job itself decides which alerts are due, so a missed run catches up the next time.
  await boss.createQueue(ALERT_QUEUE, { name: ALERT_QUEUE, retryLimit: 2, retryDelay: 300, retryBackoff: true });
  await boss.schedule(ALERT_QUEUE, DIGEST_CRON, {}, { tz: "Europe/Helsinki" });
  await boss.work(ALERT_QUEUE, async () => {
    await runAlertDigests(prisma);
  });
  if (options.runNow) await boss.send(DAILY_QUEUE, {});
  // Not a pg-boss schedule: cron's one-minute step is too slow for "published → searchable in
  // seconds". Every instance may run it; rows are claimed with SKIP LOCKED, so each change is
  // sent once (lib/search/meilisearch/outbox.ts).
  const stopOutbox = options.searchOutbox ? startSearchSyncWorker(prisma) : undefined;
  return {
    stop: async () => {
      stopOutbox?.();
      await boss.stop({ graceful: true, wait: true });
      await prisma.$disconnect();
    },
  };
}
