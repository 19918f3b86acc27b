// npm run db:seed: migrates, then writes the demo data (deterministic and idempotent).
import { seedDatabase } from "../lib/db/seed";
import { runWithScriptDatabase } from "./database";

const log = (line: string) => console.log(line);
await runWithScriptDatabase(
  async (prisma) => {
    const counts = await seedDatabase(prisma, { log });
    console.log(`Seeded: ${JSON.stringify(counts)}`);
  },
  { log },
);
