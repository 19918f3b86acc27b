import { existsSync, readFileSync } from "node:fs";
import { E2E_STATE_FILE } from "./paths";

// Import this FIRST in a spec that runs app code in the test process (the daily job): it gives
// lib/env.ts the e2e server's mail directory, site URL and secret before lib/env.ts loads.
if (existsSync(E2E_STATE_FILE)) {
  const state = JSON.parse(readFileSync(E2E_STATE_FILE, "utf8")) as { mailDir: string; baseURL: string; authSecret: string };
  process.env.MAIL_TRANSPORT = "file";
  process.env.MAIL_DIR = state.mailDir;
  process.env.SITE_URL = state.baseURL;
  process.env.AUTH_SECRET = state.authSecret;
}
