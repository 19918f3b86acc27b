// Types for scripts/i18n-logical-direction.mjs (plain JS, so eslint.config.mjs can import it).
export type ClassProblem = { token: string; suggestion: string };
export type CssProblem = { index: number; text: string; suggestion: string };
export function physicalClasses(value: string): ClassProblem[];
export function physicalCss(css: string): CssProblem[];
export const cssParser: { meta: { name: string }; parseForESLint(text: string): unknown };
export const logicalDirectionPlugin: { meta: { name: string }; rules: Record<string, unknown> };
