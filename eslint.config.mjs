import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Physical direction utilities break right-to-left layouts; logical ones (ms-, pe-, start-,
// text-start) mirror by themselves.
const PHYSICAL_DIRECTION = String.raw`(^|\s)-?(ml|mr|pl|pr|left|right|border-l|border-r|rounded-l|rounded-r|rounded-tl|rounded-tr|rounded-bl|rounded-br|scroll-ml|scroll-mr)-[\w\[]|(^|\s)text-(left|right)(\s|$)|(^|\s)float-(left|right)`;

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: `JSXAttribute[name.name='className'] Literal[value=/${PHYSICAL_DIRECTION}/]`,
          message: "Use logical direction utilities (ms-/me-/ps-/pe-/start-/end-/text-start) so right-to-left layouts mirror.",
        },
        {
          selector: `JSXAttribute[name.name='className'] TemplateElement[value.raw=/${PHYSICAL_DIRECTION}/]`,
          message: "Use logical direction utilities (ms-/me-/ps-/pe-/start-/end-/text-start) so right-to-left layouts mirror.",
        },
      ],
    },
  },
  {
    // Only lib/env.ts reads process.env; scripts and tests may set it for child processes.
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/env.ts"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through lib/env.ts." }],
    },
  },
  globalIgnores([".next/**", "node_modules/**", "lib/db/generated/**", "next-env.d.ts", "playwright-report/**", "test-results/**", ".data/**"]),
]);
