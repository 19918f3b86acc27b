import { defineConfig } from "prisma/config";

// The datasource URL is only needed by Prisma's own CLI (migrate status/deploy where the
// schema engine exists). The app connects through lib/db/client.ts with @prisma/adapter-pg.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/tukiverkko" },
});
