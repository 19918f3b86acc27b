// npm run db:seed: migrates, then writes the demo data (deterministic and idempotent).
import { createPrismaClient } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrate";
import { seedDatabase } from "../lib/db/seed";
import { explainDatabaseError, openScriptDatabase } from "./database";

const db = await openScriptDatabase({ reuseRunning: true }).catch((error) => {
  console.error(explainDatabaseError(error));
  process.exit(1);
});
const prisma = createPrismaClient(db.url);
try {
  await applyMigrations(db.url, { log: (line) => console.log(line) });
  const counts = await seedDatabase(prisma, { log: (line) => console.log(line) });
  console.log(`Seeded: ${JSON.stringify(counts)}`);
} catch (error) {
  console.error(explainDatabaseError(error));
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
  await db.stop();
}
