import path from "node:path";

// Shared by scripts/e2e-server.ts (writes) and the specs (read): where this run's emails and
// connection details live. Under test-results/, which is ignored by git.
export const E2E_MAIL_DIR = path.resolve("test-results", "e2e-mail");
export const E2E_STATE_FILE = path.resolve("test-results", "e2e-server.json");
export const E2E_REQUEST_LOG = path.resolve("test-results", "e2e-requests.log");
