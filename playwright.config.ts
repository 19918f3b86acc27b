import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./e2e/support/browser";

// End-to-end tests against a PRODUCTION build (`npm run build` first; `npm test` does it),
// served by `next start` from scripts/e2e-server.ts with its own throwaway, seeded PostgreSQL.
//   npm run build && npm run test:e2e
//   npx playwright test --list            (what would run)
//   npx playwright show-report            (the HTML report of the last run)

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const chromium = findChromium(); // e2e/global-setup.ts fails clearly when none is found

export default defineConfig({
  testDir: "./e2e",
  testMatch: "**/*.spec.ts",
  // Not "test-results" itself: Playwright empties its outputDir, and the Vitest reports live there.
  outputDir: "test-results/e2e",
  globalSetup: "./e2e/global-setup.ts",
  workers: 2, // 2 cores: one `next start` and two browsers
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [
    ["list"],
    ["html", { open: "never", outputFolder: "playwright-report" }],
    ["json", { outputFile: "test-results/e2e.json" }], // scripts/test-all.mjs counts from it
  ],
  use: {
    baseURL,
    trace: "on-first-retry",
    screenshot: "only-on-failure",
    timezoneId: "Europe/Helsinki",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: chromium.executablePath, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    command: "node --import tsx scripts/e2e-server.ts",
    env: { E2E_PORT: String(port) },
    // The script prints this once migrated, seeded and answering HTTP.
    wait: { stdout: /E2E server ready at http:\/\/127\.0\.0\.1:\d+/ },
    stdout: "pipe",
    stderr: "pipe",
    timeout: 180_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});
