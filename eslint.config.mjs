import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Physical direction utilities and CSS properties break right-to-left layouts; logical ones
// (ms-, pe-, start-, text-start; margin-inline-start) mirror by themselves. The check covers every
// string in app/ and components/ (className, cn()/clsx() arguments, class constants) and every
// stylesheet: scripts/i18n-logical-direction.mjs.
import { cssParser, logicalDirectionPlugin } from "./scripts/i18n-logical-direction.mjs";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    plugins: { tukiverkko: logicalDirectionPlugin },
    rules: { "tukiverkko/classes": "error" },
  },
  {
    files: ["**/*.css"],
    languageOptions: { parser: cssParser },
    plugins: { tukiverkko: logicalDirectionPlugin },
    rules: { "tukiverkko/css": "error" },
  },
  {
    // Only lib/env.ts reads process.env; scripts and tests may set it for child processes.
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/env.ts"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through lib/env.ts." }],
    },
  },
  globalIgnores([".next/**", "scripts/bench/minimal-app/.next/**", "scripts/bench/minimal-app/public/**", "node_modules/**", "lib/db/generated/**", "next-env.d.ts", "playwright-report/**", "test-results/**", ".data/**"]),
]);
