import type { FullConfig } from "@playwright/test";
import { findChromium } from "./support/browser";

// Runs after the web server (scripts/e2e-server.ts) is up: fail once, clearly, instead of in
// every test, when there is no browser or the app cannot reach its database.
export default async function globalSetup(config: FullConfig) {
  const chromium = findChromium();
  if (chromium.executablePath === undefined) throw new Error(chromium.problem);

  const baseURL = config.projects[0]?.use.baseURL;
  if (!baseURL) throw new Error("playwright.config.ts: use.baseURL is not set");
  const response = await fetch(new URL("/api/health", baseURL)).catch((error: unknown) => {
    throw new Error(`The e2e server at ${baseURL} does not answer: ${String(error)}`);
  });
  if (response.status !== 200) {
    throw new Error(
      `${baseURL}/api/health answered ${response.status}: ${await response.text()}\n` +
        "See the [WebServer] lines above for the server's log.",
    );
  }
}
