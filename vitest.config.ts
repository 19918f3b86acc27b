import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Two tiers of Vitest tests (end-to-end tests are Playwright's, see playwright.config.ts):
//   unit         pure logic, no database                          npm run test:unit
//   integration  real PostgreSQL: one throwaway embedded cluster   npm run test:integration
//                per run, started by tests/support/global-setup.ts
const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\/(.*)$/, replacement: `${root}/$1` },
      // next-intl imports "next/server" without an extension, which Node's ESM resolver rejects.
      { find: /^next\/server$/, replacement: "next/server.js" },
      { find: /^server-only$/, replacement: path.join(root, "tests/support/empty.ts") },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          // Let Vite resolve next-intl's extension-less "next/server" import (see the alias above).
          server: { deps: { inline: ["next-intl"] } },
          include: ["tests/unit/**/*.test.ts", "lib/**/*.test.ts"],
          exclude: ["**/node_modules/**", "lib/db/generated/**"],
          setupFiles: ["tests/support/setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/setup.ts", "tests/support/integration-setup.ts"],
          // One database for all files: run them one at a time so truncation between tests is safe.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
