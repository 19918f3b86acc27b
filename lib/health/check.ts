import "server-only";
import { prisma } from "../db/client";
import { searchHealth, type SearchHealth } from "../search";

export type HealthReport = {
  /** "starting": this instance is still loading its search snapshot; send it no traffic yet. */
  status: "ok" | "degraded" | "starting" | "down";
  database: { status: "up" | "down"; latencyMs?: number };
  search: SearchHealth | { engine: string; status: "degraded" | "down" };
};

export async function checkHealth(): Promise<HealthReport> {
  const started = performance.now();
  try {
    await withTimeout(prisma.$queryRaw`SELECT 1`, 2000);
  } catch {
    return { status: "down", database: { status: "down" }, search: { engine: "postgres", status: "down" } };
  }
  const database = { status: "up" as const, latencyMs: Math.round(performance.now() - started) };
  const search = await withTimeout(searchHealth(), 2500).catch(() => ({ engine: "unknown", status: "degraded" as const }));
  if ("ready" in search && !search.ready) return { status: "starting", database, search };
  return { status: search.status === "up" ? "ok" : "degraded", database, search };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("timeout")), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}
