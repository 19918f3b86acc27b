// npm run bench:lighthouse [-- --runs 3 --no-build --scripts --devtools --long-tasks]
// Lighthouse (mobile preset: emulated phone, simulated slow 4G and 4× slower CPU) on the public
// pages a newcomer or a case worker opens first, and, in the same run, on the yardstick: a
// minimal App Router page built with the same Next.js and React (scripts/bench/minimal-app/),
// outside the app's layout, in English and in Arabic (Arabic-script pages are compared with the
// Arabic one, and with the English one on a line of their own), and in English with the app's
// built stylesheet (lines of their own: what one stylesheet costs, and what the pages add to
// it). Scores move with the machine's load, so pages are compared with the yardstick measured
// beside them: runs are interleaved (every page once, then again) and the median run of each
// page is shown.
//
// The app: built (`npm run build`; `--no-build` reuses .next) and served on a throwaway
// database with the demo data (scripts/bench/seeded-app.ts), or the one at BENCH_URL.
// Prints every category score, FCP, LCP, TBT, CLS, SI and the compressed (transferred)
// JavaScript and font bytes of each page, and the difference to the yardstick. Asserts nothing.
import { spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import type { Result as LighthouseResult } from "lighthouse";
import { CHROMIUM_ARGS, findChromium } from "../../e2e/support/browser";
import { freePort } from "../../tests/support/throwaway-postgres";
import { startSeededApp, type SeededApp } from "./seeded-app";
import { percentile } from "./percentile";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    "no-build": { type: "boolean", default: false },
    // Lists every script of each page (median run) with its transferred bytes.
    scripts: { type: "boolean", default: false },
    // Slows Chromium itself (4× CPU, slow 4G) instead of simulating: on two shared cores the
    // simulation turns a few long tasks into seconds of blocking time (decision 018).
    devtools: { type: "boolean", default: false },
    // Lists the long tasks of each page (median run): start, duration and the script behind it.
    "long-tasks": { type: "boolean", default: false },
  },
});
const runs = Math.max(1, Number(values.runs) || 1);
const benchUrl = process.env.BENCH_URL?.replace(/\/$/, "");
const nextBin = path.join("node_modules", "next", "dist", "bin", "next");
const minimalDir = path.join("scripts", "bench", "minimal-app");
const quietEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function run(command: string, args: string[], what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: quietEnv, stdio: ["ignore", "ignore", "inherit"] });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${what} failed (exit ${code})`))));
  });
}

async function waitFor(url: string) {
  for (let i = 0; i < 240; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer`);
}

const chromium = findChromium();
if (chromium.executablePath === undefined) {
  console.error(`bench:lighthouse: ${chromium.problem}`);
  process.exit(1);
}
const chromePath = chromium.executablePath;

const stops: (() => Promise<void>)[] = [];
try {
  // The yardstick: always rebuilt, so it has the same Next.js and React as node_modules.
  console.log("building the yardstick (scripts/bench/minimal-app) …");
  await run(process.execPath, [nextBin, "build", minimalDir], "building the minimal app");

  let base: string;
  if (benchUrl) {
    base = benchUrl;
  } else {
    if (!values["no-build"]) {
      console.log("building the app (npm run build) …");
      await run("npm", ["run", "--silent", "build"], "npm run build");
    }
    const app: SeededApp = await startSeededApp({ name: "bench:lighthouse" });
    stops.push(app.stop);
    base = app.base;
  }

  // The styled yardstick (minimal-app/app/(en)/css) links the app's built stylesheet, served as a
  // public file: copied before the minimal app starts.
  const stylesheet = (await fetch(`${base}/fi`).then((r) => r.text())).match(/<link rel="stylesheet" href="([^"]+)"/)?.[1];
  if (!stylesheet) throw new Error(`no stylesheet link in ${base}/fi`);
  await mkdir(path.join(minimalDir, "public"), { recursive: true });
  await writeFile(path.join(minimalDir, "public", "app.css"), await fetch(new URL(stylesheet, base)).then((r) => r.text()));
  const minimalPort = await freePort();
  const minimal = spawn(process.execPath, [nextBin, "start", minimalDir, "--hostname", "127.0.0.1", "--port", String(minimalPort)], {
    env: { ...quietEnv, NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  stops.push(async () => {
    if (minimal.exitCode !== null || minimal.signalCode !== null) return;
    const exited = new Promise((resolve) => minimal.once("exit", resolve));
    minimal.kill("SIGTERM");
    await exited;
  });
  const minimalUrl = `http://127.0.0.1:${minimalPort}/`;
  await waitFor(minimalUrl);

  const first = (await fetch(`${base}/api/activities`).then((r) => r.json())) as { items: { id: string }[] };
  const noticeId = first.items[0]?.id;
  // Each page of the app names the yardstick in its own script: shaping Arabic text with the
  // system's Arabic font costs any page, however small (decision 018). Yardsticks name none.
  const pages: { name: string; url: string; yardstick?: string }[] = [
    { name: "home /fi", url: `${base}/fi`, yardstick: "yardstick" },
    { name: "search /fi/activities", url: `${base}/fi/activities`, yardstick: "yardstick" },
    { name: "search q=kielikahvila", url: `${base}/fi/activities?q=kielikahvila`, yardstick: "yardstick" },
    ...(noticeId ? [{ name: "notice /fi/activities/…", url: `${base}/fi/activities/${noticeId}`, yardstick: "yardstick" }] : []),
    { name: "search /ar/activities", url: `${base}/ar/activities`, yardstick: "yardstick /ar" },
    { name: "yardstick", url: minimalUrl },
    { name: "yardstick /ar", url: `${minimalUrl}ar` },
    { name: "yardstick + app CSS", url: `${minimalUrl}css` },
  ];
  // Warm up every route (compilation caches, the search snapshot) before measuring.
  for (const page of pages) await fetch(page.url).then((r) => r.text());

  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [...CHROMIUM_ARGS, "--headless=new"],
  });
  stops.push(async () => {
    chrome.kill();
  });

  // Each page's run of round i at index i (undefined where a run was dropped), so that pages
  // can be compared round by round.
  const results = new Map<string, (LighthouseResult | undefined)[]>(pages.map((p) => [p.name, []]));
  const dropped: string[] = [];
  for (let i = 1; i <= runs; i++) {
    for (const page of pages) {
      if (process.stderr.isTTY) process.stderr.write(`\rrun ${i}/${runs}: ${page.name.padEnd(30)}`);
      const result = await lighthouse(
        page.url,
        { port: chrome.port, output: "json", logLevel: "error" },
        values.devtools ? { extends: "lighthouse:default", settings: { throttlingMethod: "devtools" } } : undefined,
      );
      // A run without a first paint (the page or Chromium stalled) cannot be ranked: Lighthouse's
      // median throws on it, so it is dropped and counted instead.
      const complete = result?.lhr.audits["first-contentful-paint"]?.numericValue !== undefined;
      results.get(page.name)!.push(complete ? result!.lhr : undefined);
      if (!complete) dropped.push(page.name);
    }
  }
  if (process.stderr.isTTY) process.stderr.write("\r".padEnd(50) + "\r");
  if (dropped.length) console.log(`dropped ${dropped.length} run(s) without a first paint: ${dropped.join(", ")}`);
  const completed = (name: string) => results.get(name)!.filter((lhr) => lhr !== undefined);
  const empty = pages.filter(({ name }) => completed(name).length === 0).map(({ name }) => name);
  if (empty.length) throw new Error(`no complete run for ${empty.join(", ")}`);

  type Row = { name: string; yardstick?: string; lhr: LighthouseResult; score: Record<string, number>; metric: Record<string, number>; js: number; font: number; html: number };
  const rows: Row[] = pages.map(({ name, yardstick }) => {
    const lhr: LighthouseResult = computeMedianRun(completed(name));
    const score = Object.fromEntries(Object.values(lhr.categories).map((c) => [c.id, c.score ?? NaN]));
    const metric = Object.fromEntries(
      ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"].map((id) => [id, lhr.audits[id]?.numericValue ?? NaN]),
    );
    const items = (lhr.audits["resource-summary"]?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? [];
    const bytes = (type: string) => items.find((item) => item.resourceType === type)?.transferSize ?? 0;
    return { name, yardstick, lhr, score, metric, js: bytes("script"), font: bytes("font"), html: bytes("document") };
  });
  const rowNamed = (name: string) => rows.find((r) => r.name === name)!;
  const yard = rowNamed("yardstick");
  const kb = (n: number) => (n / 1024).toFixed(1);
  const s2 = (n: number) => (Number.isNaN(n) ? "–" : n.toFixed(2));
  const ms = (n: number) => Math.round(n).toString();
  const signed = (n: number, f: (n: number) => string) => (n > 0 ? "+" : n < 0 ? "−" : "±") + f(Math.abs(n));
  const delta = (r: Row, y: Row) => ({
    perf: signed(r.score.performance! - y.score.performance!, s2),
    tbt: signed(r.metric["total-blocking-time"]! - y.metric["total-blocking-time"]!, ms),
    fcp: signed(r.metric["first-contentful-paint"]! - y.metric["first-contentful-paint"]!, ms),
    js: signed(r.js - y.js, kb),
  });

  console.log(
    `\nbench:lighthouse — Lighthouse ${yard.lhr.lighthouseVersion}, mobile preset, ${yard.lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? "Chromium"}, ` +
      `${values.devtools ? "devtools" : "simulated"} throttling, median of ${runs} run${runs > 1 ? "s" : ""}, app ${benchUrl ?? "seed data"}`,
  );
  console.log("perf/a11y/bp/seo: category scores; FCP, LCP, SI, TBT in ms; JS, font, HTML: compressed KB transferred; Δ: against the yardstick in the page's script\n");
  const header = ["page", "perf", "a11y", "bp", "seo", "FCP", "LCP", "TBT", "CLS", "SI", "JS KB", "font KB", "HTML KB", "Δperf", "ΔTBT", "ΔJS KB"];
  const table = rows.map((r) => {
    const d = r.yardstick ? delta(r, rowNamed(r.yardstick)) : { perf: "", tbt: "", js: "" };
    return [
      r.name,
      s2(r.score.performance!),
      s2(r.score.accessibility!),
      s2(r.score["best-practices"]!),
      s2(r.score.seo!),
      ms(r.metric["first-contentful-paint"]!),
      ms(r.metric["largest-contentful-paint"]!),
      ms(r.metric["total-blocking-time"]!),
      r.metric["cumulative-layout-shift"]!.toFixed(3),
      ms(r.metric["speed-index"]!),
      kb(r.js),
      kb(r.font),
      kb(r.html),
      d.perf,
      d.tbt,
      d.js,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]) => "| " + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ") + " |";
  console.log(line(header));
  console.log("| " + widths.map((w, i) => (i === 0 ? "-".repeat(w) : "-".repeat(w - 1) + ":")).join(" | ") + " |");
  for (const row of table) console.log(line(row));
  for (const r of rows.filter((r) => r.yardstick && r.yardstick !== yard.name)) {
    const d = delta(r, yard);
    console.log(`${r.name} against the (Latin) yardstick: Δperf ${d.perf}, ΔTBT ${d.tbt}`);
  }
  // What any styled page pays for one render-blocking stylesheet, and what the app adds beyond it.
  const styled = rowNamed("yardstick + app CSS");
  const own = delta(styled, yard);
  console.log(`\nthe app's stylesheet alone, on the yardstick: Δperf ${own.perf}, ΔFCP ${own.fcp}, ΔTBT ${own.tbt}`);
  for (const r of rows.filter((r) => r.yardstick === yard.name)) {
    const d = delta(r, styled);
    console.log(`${r.name} against the yardstick with the app's stylesheet: Δperf ${d.perf}, ΔFCP ${d.fcp}, ΔTBT ${d.tbt}`);
  }

  // The median run hides how far runs of the same build spread (0.05–0.10 on these machines).
  // Runs are interleaved, so a round's page and yardstick ran under the same load: the median of
  // the round-by-round differences drifts less with the machine than the difference of medians.
  // A score is null where Lighthouse could not compute it.
  const perf = (lhr: LighthouseResult | undefined) => lhr?.categories.performance?.score ?? undefined;
  const tbt = (lhr: LighthouseResult | undefined) => lhr?.audits["total-blocking-time"]?.numericValue;
  const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);
  console.log(`\nevery run (round 1–${runs}): performance/TBT; Δ by round: the median (and range) of the page minus its yardstick in the same round`);
  for (const { name, yardstick } of pages) {
    const own = results.get(name)!;
    const runsText = own.map((lhr) => (lhr ? `${s2(perf(lhr) ?? NaN)}/${ms(tbt(lhr) ?? NaN)}` : "–")).join(" ");
    const pairs = yardstick
      ? own.flatMap((lhr, i) => {
          const other = results.get(yardstick)![i];
          const a = perf(lhr), b = perf(other), ta = tbt(lhr), tb = tbt(other);
          return a === undefined || b === undefined || ta === undefined || tb === undefined ? [] : [{ perf: a - b, tbt: ta - tb }];
        })
      : [];
    const byRound = pairs.length
      ? `   Δperf ${signed(median(pairs.map((p) => p.perf)), s2)} (${signed(Math.min(...pairs.map((p) => p.perf)), s2)}…${signed(Math.max(...pairs.map((p) => p.perf)), s2)}), ` +
        `ΔTBT ${signed(median(pairs.map((p) => p.tbt)), ms)}`
      : "";
    console.log(`${name.padEnd(widths[0]!)}  ${runsText}${byRound}`);
  }

  if (values.scripts) {
    for (const r of rows) {
      console.log(`\n${r.name}: scripts (KB transferred)`);
      for (const s of scriptList(r.lhr)) console.log(`  ${kb(s.bytes).padStart(7)}  ${s.name}`);
    }
  }
  if (values["long-tasks"]) {
    for (const r of rows) {
      console.log(`\n${r.name}: long tasks (start ms, duration ms, script)`);
      for (const t of longTasks(r.lhr)) console.log(`  ${ms(t.startTime).padStart(6)}  ${ms(t.duration).padStart(5)}  ${t.url}`);
    }
  }
} finally {
  for (const stop of stops.reverse()) await stop().catch((error: unknown) => console.error(error));
}

/** The long tasks Lighthouse saw on the main thread, with the script it attributes each to. */
function longTasks(lhr: LighthouseResult): { startTime: number; duration: number; url: string }[] {
  const items = (lhr.audits["long-tasks"]?.details as { items?: { url: string; startTime: number; duration: number }[] } | undefined)?.items ?? [];
  return items.map((item) => ({ ...item, url: item.url.startsWith("http") ? new URL(item.url).pathname : item.url }));
}

/** The page's scripts with their transferred bytes; chunk names without the origin. */
function scriptList(lhr: LighthouseResult): { name: string; bytes: number }[] {
  const items = (lhr.audits["network-requests"]?.details as { items?: { url: string; resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? [];
  return items
    .filter((item) => item.resourceType === "Script")
    .map((item) => ({ name: new URL(item.url).pathname, bytes: item.transferSize ?? 0 }))
    .sort((a, b) => b.bytes - a.bytes);
}
