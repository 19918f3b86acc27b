import PgBoss from "pg-boss";
import { createPrismaClient } from "../db/client";
import { logger } from "../log/logger";
import { runDailyJobs } from "./daily";

// Background jobs in PostgreSQL (pg-boss 10, schema "pgboss"): with several app instances the
// daily job still runs once per day, is retried on failure and survives restarts.
// scripts/start.ts starts this next to the web server.

export const DAILY_QUEUE = "daily-maintenance";

export async function startJobRunner(options: { databaseUrl: string; cron?: string; runNow?: boolean }): Promise<{ stop: () => Promise<void> }> {
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
  if (options.runNow) await boss.send(DAILY_QUEUE, {});
  return {
    stop: async () => {
      await boss.stop({ graceful: true, wait: true });
      await prisma.$disconnect();
    },
  };
}
