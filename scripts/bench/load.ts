// npm run bench:load [-- --count 100000 --duration 60] [-- --data DIR]
// Mixed traffic against the production server (scripts/serve.ts, as `npm start` runs it) on a
// throwaway database with the demo data (plus N generated activities with --count): search
// pages with realistic filters in several languages, the search API, notice pages, referral
// lists and the sign-in page. Three phases: 20 connections (the target: zero errors, zero 5xx),
// 100 connections (overload: slower, or 503 with Retry-After from the bounded queue, never
// 500), then 20 connections again (recovery). Prints figures; asserts nothing.
import autocannon from "autocannon";
import os from "node:os";
import { parseArgs } from "node:util";
import { createPrismaClient } from "../../lib/db/client";
import { generateActivities } from "./generate";
import { CASE_WORKER_QUERIES } from "./queries";
import { startSeededApp } from "./seeded-app";
import { percentile } from "./percentile";

const { values } = parseArgs({ options: { count: { type: "string", default: "0" }, duration: { type: "string", default: "60" }, data: { type: "string" } } });
const duration = Number(values.duration);

type Row = { phase: string; connections: number; rps: number; p50: number; p95: number; p99: number; errors: number; statuses: Record<string, number> };

async function phase(base: string, name: string, paths: string[], connections: number, seconds: number): Promise<Row> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      // Each connection walks the whole mix from its own offset, so the mix is the same at any moment.
      { url: base, connections, duration: seconds, timeout: 30, requests: paths.map((p) => ({ method: "GET", path: p })) },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  const statuses: Record<string, number> = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat?.count ?? 0]));
  const row = { phase: name, connections, rps: result.requests.average, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), errors: result.errors + result.timeouts, statuses };
  const codes = Object.entries(statuses).map(([code, count]) => `${code}×${count}`).join(" ");
  console.log(
    `${name.padEnd(10)} ${String(connections).padStart(3)} conn  ${row.rps.toFixed(0).padStart(5)} req/s  p50 ${row.p50.toFixed(0).padStart(5)} ms  p95 ${row.p95.toFixed(0).padStart(5)} ms  p99 ${row.p99.toFixed(0).padStart(5)} ms  errors ${row.errors}  ${codes}`,
  );
  return row;
}

const extra = Number(values.count);
const app = await startSeededApp({
  name: "bench:load",
  dataDir: values.data,
  prepare: extra > 0 ? (prisma) => generateActivities(prisma, { count: extra, log: (line) => process.stdout.write(`\r${line}      `) }) : undefined,
});
try {
  const prisma = createPrismaClient(app.databaseUrl);
  const notices = await prisma.activity.findMany({ where: { status: "PUBLISHED", deletedAt: null }, select: { id: true }, take: 12, orderBy: { id: "asc" } });
  await prisma.$disconnect();
  const queries = CASE_WORKER_QUERIES.map((q) => new URLSearchParams(q).toString());
  const ids = notices.map((n) => n.id);
  const locales = ["fi", "ar", "en", "so", "ru", "fa"];
  const mix = [
    ...queries.map((q, i) => `/${locales[i % locales.length]}/activities?${q}`),
    ...queries.slice(0, 8).map((q) => `/api/activities?${q}`),
    ...ids.map((id, i) => `/${locales[i % locales.length]}/activities/${id}`),
    `/fi/list?ids=${ids.slice(0, 3).join(",")}`,
    `/ar/list?ids=${ids.slice(3, 6).join(",")}&for=ar`,
    "/fi/signin",
    "/en/signin",
  ];
  // Warm up every route (compilation caches, the search snapshot).
  for (const p of mix) await fetch(app.base + p).then((r) => r.text());

  console.log(`\nbench:load — ${app.activities} activities, ${mix.length} URLs in the mix, ${duration} s per phase, ${os.cpus().length} cores, server and load on the same machine`);
  const rows = [
    await phase(app.base, "steady", mix, 20, duration),
    await phase(app.base, "overload", mix, 100, duration),
    await phase(app.base, "recovery", mix, 20, Math.max(10, Math.round(duration / 3))),
  ];
  const fiveHundreds = (row: Row) => Object.entries(row.statuses).filter(([code]) => code.startsWith("5") && code !== "503").reduce((sum, [, n]) => sum + n, 0);
  const [steady, overload, recovery] = rows as [Row, Row, Row];
  const clean = (row: Row) => row.errors === 0 && Object.keys(row.statuses).every((code) => code.startsWith("2"));
  console.log(
    `\ntargets: 20 connections with zero errors and zero 5xx → ${clean(steady) ? "met" : "NOT met"}; ` +
      `100 connections without 500s or errors (503 with Retry-After allowed: ${overload.statuses["503"] ?? 0}) → ${overload.errors === 0 && fiveHundreds(overload) === 0 ? "met" : "NOT met"}; ` +
      `recovers to zero errors and zero 5xx → ${clean(recovery) ? "met" : "NOT met"}`,
  );
} finally {
  await app.stop();
}
