// npm test: every check, in order, each streamed as it runs. Carries on after a failure so the
// summary is complete, and exits non-zero if anything failed. The very last line is
// `N passed, N failed` (tests counted from the JSON reports; lint, typecheck and build count
// as one check each). .ci/run relies on that last line.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const RESULTS = "test-results";

/** Counts from a Vitest (Jest-compatible) JSON report. A file that failed to load counts as one failure. */
function vitestCounts(file) {
  const report = JSON.parse(readFileSync(file, "utf8"));
  const brokenFiles = (report.testResults ?? []).filter(
    (result) => result.status === "failed" && !(result.assertionResults ?? []).some((test) => test.status === "failed"),
  ).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/** Counts from Playwright's JSON report: flaky tests passed on retry. Errors outside tests count as failures. */
function playwrightCounts(file) {
  const report = JSON.parse(readFileSync(file, "utf8"));
  const stats = report.stats ?? {};
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: (stats.unexpected ?? 0) + (report.errors ?? []).length,
    skipped: stats.skipped ?? 0,
  };
}

const vitestArgs = (tier) => ["--", "--reporter=default", "--reporter=json", `--outputFile.json=${RESULTS}/${tier}.json`];
// The same tiers on Node.js 24 (scripts/node24.mjs), run with its binary directly.
const NODE24 = ".cache/node24/node_modules/node/bin/node";
const vitest24 = (tier) => [NODE24, "node_modules/vitest/vitest.mjs", "run", "--project", tier, ...vitestArgs(`${tier}-node24`).slice(1)];

const steps = [
  { name: "lint", command: ["npm", "run", "lint"] },
  { name: "typecheck", command: ["npm", "run", "typecheck"] },
  { name: "unit", command: ["npm", "run", "test:unit", ...vitestArgs("unit")], report: `${RESULTS}/unit.json`, count: vitestCounts },
  {
    name: "integration",
    command: ["npm", "run", "test:integration", ...vitestArgs("integration")],
    report: `${RESULTS}/integration.json`,
    count: vitestCounts,
  },
  { name: "node 24 setup", command: ["node", "scripts/node24.mjs", "install"] },
  { name: "unit (Node 24)", command: vitest24("unit"), report: `${RESULTS}/unit-node24.json`, count: vitestCounts, needs: "node 24 setup" },
  { name: "integration (Node 24)", command: vitest24("integration"), report: `${RESULTS}/integration-node24.json`, count: vitestCounts, needs: "node 24 setup" },
  { name: "build", command: ["npm", "run", "build"] },
  { name: "start (Node 24)", command: ["node", "scripts/node24.mjs", "start"], needs: "build" },
  {
    name: "e2e",
    command: ["npm", "run", "test:e2e"],
    report: `${RESULTS}/e2e.json`,
    count: playwrightCounts,
    needs: "build", // never test a stale build
  },
];

function run(command) {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { stdio: "inherit" });
    child.on("error", (error) => {
      console.error(`could not run ${command.join(" ")}: ${error.message}`);
      resolve(1);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const banner = (text) => console.log(`\n${"=".repeat(8)} ${text} ${"=".repeat(Math.max(8, 70 - text.length))}`);

let interrupted = false;
process.on("SIGINT", () => {
  interrupted = true; // the child gets the same Ctrl-C; stop after it
});

mkdirSync(RESULTS, { recursive: true });
const results = [];
const started = Date.now();

for (const step of steps) {
  const result = { name: step.name, passed: 0, failed: 0, skipped: 0, ms: 0, note: "" };
  results.push(result);
  const prerequisite = step.needs && results.find((done) => done.name === step.needs);
  if (interrupted || (prerequisite && !prerequisite.ok)) {
    result.failed = 1;
    result.note = interrupted ? "not run: interrupted" : `not run: ${step.needs} failed`;
    banner(`${step.name}: ${result.note}`);
    continue;
  }
  banner(`${step.name}: ${step.command.join(" ")}`);
  if (step.report) rmSync(step.report, { force: true });
  const stepStarted = Date.now();
  const code = await run(step.command);
  result.ms = Date.now() - stepStarted;
  result.ok = code === 0;

  if (step.report) {
    if (existsSync(step.report)) {
      try {
        Object.assign(result, step.count(step.report));
      } catch (error) {
        result.note = `unreadable report ${step.report}: ${error.message}`;
      }
    } else result.note = `no report (${step.report})`;
    // A failing exit with no failing test in the report (a crash, a setup error) is still a failure.
    if (code !== 0 && result.failed === 0) {
      result.failed = 1;
      result.note ||= `exit code ${code}`;
    }
    if (code === 0 && result.failed > 0) result.ok = false;
  } else if (code === 0) result.passed = 1;
  else result.failed = 1;
  console.log(`${step.name}: ${code === 0 ? "ok" : `FAILED (exit code ${code})`} in ${seconds(result.ms)}`);
}

banner("summary");
const width = Math.max(...results.map((result) => result.name.length));
for (const result of results) {
  const detail = result.skipped ? `, ${result.skipped} skipped` : "";
  const note = result.note ? `  (${result.note})` : "";
  console.log(`${result.name.padEnd(width)}  ${result.passed} passed, ${result.failed} failed${detail}  ${seconds(result.ms)}${note}`);
}
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log(`total time ${seconds(Date.now() - started)}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
