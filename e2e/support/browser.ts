import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

// Which Chromium the end-to-end tests drive: $CHROMIUM_PATH, then Debian's /usr/bin/chromium,
// then Playwright's own download (`npx playwright install chromium`, where that can reach its host).

export const CHROMIUM_ARGS = [
  "--no-sandbox", // running as root in CI
  "--disable-gpu",
  // Without these, Chromium keeps trying to reach Google's services and fills the log with refusals.
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

export const INSTALL_HINT = "install Chromium: apt-get install -y chromium";

export type ChromiumChoice = { executablePath: string; source: string } | { executablePath: undefined; problem: string };

export function findChromium(): ChromiumChoice {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return { executablePath: fromEnv, source: "CHROMIUM_PATH" };
    return { executablePath: undefined, problem: `CHROMIUM_PATH=${fromEnv} does not exist; unset it or ${INSTALL_HINT}` };
  }
  if (existsSync("/usr/bin/chromium")) return { executablePath: "/usr/bin/chromium", source: "Debian's chromium package" };
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return { executablePath: bundled, source: "Playwright's Chromium" };
  return { executablePath: undefined, problem: `No Chromium found: ${INSTALL_HINT} (or set CHROMIUM_PATH)` };
}
