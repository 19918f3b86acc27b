// npm run bench:http [-- --count 100000 --duration 10] [-- --data DIR]
// Serves the production build (`npm run build` first) as `npm start` does, against a throwaway
// database with the demo data (plus N generated activities with --count) or a kept cluster in
// DIR (scripts/bench/seeded-app.ts), and loads it with autocannon: the
// search page and API with realistic query strings, and a minimal page of the same app as
// the yardstick, at 1 and 20 connections; first the weight of the search page's HTML in five
// searches. Prints figures; asserts nothing.
import autocannon from "autocannon";
import os from "node:os";
import { parseArgs } from "node:util";
import { generateActivities } from "./generate";
import { CASE_WORKER_QUERIES } from "./queries";
import { startSeededApp } from "./seeded-app";
import { percentile } from "./percentile";

const { values } = parseArgs({ options: { count: { type: "string", default: "0" }, duration: { type: "string", default: "10" }, data: { type: "string" } } });
const extra = Number(values.count);
const app = await startSeededApp({
  name: "bench:http",
  dataDir: values.data,
  prepare: extra > 0 ? (prisma) => generateActivities(prisma, { count: extra, log: (line) => process.stdout.write(`\r${line}      `) }) : undefined,
});
const base = app.base;

async function load(name: string, paths: string[], connections: number, headers: Record<string, string> = {}) {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: base, connections, duration: Number(values.duration), requests: paths.map((p) => ({ method: "GET", path: p, headers })) },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    // Every response's time, for an exact p95 (autocannon's own summary has p90 and p97.5).
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  const row = {
    name,
    connections,
    rps: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
  console.log(
    `${name.padEnd(18)} ${String(connections).padStart(3)} conn  ${row.rps.toFixed(0).padStart(6)} req/s  p50 ${row.p50.toFixed(1).padStart(6)} ms  p95 ${row.p95.toFixed(1).padStart(6)} ms  p99 ${row.p99.toFixed(1).padStart(6)} ms  errors ${row.errors}  non-2xx ${row.non2xx}`,
  );
  return row;
}

try {
  const total = app.activities;
  const queries = CASE_WORKER_QUERIES.map((q) => new URLSearchParams(q).toString());
  const searchPaths = queries.map((q) => `/fi/activities?${q}`);
  const apiPaths = queries.map((q) => `/api/activities?${q}`);
  const minimal = ["/fi/privacy"];
  // Warm up every route (compilation caches, the search snapshot).
  for (const p of [...searchPaths, ...apiPaths, ...minimal]) await fetch(base + p).then((r) => r.text());

  // The weight of the first page of results (issue 18: at most 100 KB of HTML), uncompressed, and
  // how much of it is the inline component payload.
  console.log("\nsearch page HTML, first page of results (uncompressed; payload = inline component payload scripts):");
  for (const [locale, query] of [["fi", ""], ["fi", "q=kielikahvila"], ["en", ""], ["sv", ""], ["ar", ""]]) {
    const html = await fetch(`${base}/${locale}/activities${query ? `?${query}` : ""}`).then((r) => r.text());
    const payload = [...html.matchAll(/<script[^>]*>self\.__next_f\.push[\s\S]*?<\/script>/g)].reduce((sum, m) => sum + Buffer.byteLength(m[0]), 0);
    const kb = (bytes: number) => (bytes / 1000).toFixed(1).padStart(6);
    console.log(`  /${locale}/activities${query ? `?${query}` : ""}`.padEnd(36) + `${kb(Buffer.byteLength(html))} KB  payload ${kb(payload)} KB`);
  }

  console.log(`\nbench:http — ${total} activities, ${values.duration} s per run, ${os.cpus().length} cores, server and load on the same machine`);
  const rows: Awaited<ReturnType<typeof load>>[] = [];
  for (const connections of [1, 20]) {
    rows.push(await load("minimal page", minimal, connections));
    rows.push(await load("search page", searchPaths, connections));
    rows.push(await load("search API", apiPaths, connections));
    // As browsers ask (autocannon sends no Accept-Language, so next-intl sets its locale cookie
    // on every answer above, and a page that sets a cookie is never reused): the same searches
    // again, now answered with the page rendered for the first identical request (docs/decisions/019).
    rows.push(await load("search page, reuse", searchPaths, connections, { "Accept-Language": "fi-FI,fi;q=0.9,en;q=0.8" }));
  }
  const at20 = (name: string) => rows.find((r) => r.name === name && r.connections === 20)!;
  const at1 = (name: string) => rows.find((r) => r.name === name && r.connections === 1)!;
  console.log(`\nsearch page / minimal page throughput at 20 connections: ${(at20("search page").rps / at20("minimal page").rps).toFixed(2)} (every search rendered); ${(at20("search page, reuse").rps / at20("minimal page").rps).toFixed(2)} (identical searches reusing the rendered page)`);
  console.log(`targets: search page p95 at 1 connection < ${extra > 0 ? 100 : 50} ms → ${at1("search page").p95 < (extra > 0 ? 100 : 50) ? "met" : "NOT met"} (${at1("search page").p95.toFixed(1)} ms); ` +
    `zero errors at 20 connections → ${rows.every((r) => r.errors === 0 && r.non2xx === 0) ? "met" : "NOT met"}; ` +
    `throughput ≥ half the minimal page's → ${at20("search page").rps >= at20("minimal page").rps / 2 ? "met" : "NOT met"}`);
} finally {
  await app.stop();
}
