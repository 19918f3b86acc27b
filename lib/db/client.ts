import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { env, requireDatabaseUrl } from "../env";

// One client per process. In development Next.js reloads modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function createPrismaClient(connectionString: string = requireDatabaseUrl()): PrismaClient {
  // A bounded wait for a connection: when the network to PostgreSQL is gone, requests fail
  // (and the app says "temporarily unavailable") instead of hanging.
  const adapter = new PrismaPg({ connectionString, max: env.DB_POOL_SIZE, connectionTimeoutMillis: 5_000 });
  return new PrismaClient({ adapter });
}

function getClient(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient();
  return globalForPrisma.prisma;
}

// Lazy, so that importing a module that uses the database never fails at build time.
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getClient();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export type { PrismaClient };
export { Prisma } from "./generated/client";
