import "server-only";
import { prisma } from "../db/client";

export type HealthReport = {
  status: "ok" | "degraded" | "down";
  database: { status: "up" | "down"; latencyMs?: number };
};

export async function checkHealth(): Promise<HealthReport> {
  const started = performance.now();
  try {
    await withTimeout(prisma.$queryRaw`SELECT 1`, 2000);
    return { status: "ok", database: { status: "up", latencyMs: Math.round(performance.now() - started) } };
  } catch {
    return { status: "down", database: { status: "down" } };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("timeout")), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}
