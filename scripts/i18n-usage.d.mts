// Types for scripts/i18n-usage.mjs (plain JS, so it also runs as a command).
export type Usage = { keys: Set<string>; patterns: Map<string, string> };
export function sourceFiles(root?: string): string[];
export function usageInSource(text: string, file?: string): Usage;
export function collectUsage(root?: string): Usage;
export function keyShapes(argument: string): string[];
export function patternToRegExp(pattern: string): RegExp;
export function flatten(node: unknown, prefix?: string, out?: string[]): string[];
export function unusedKeys(catalogueKeys: string[], usedKeys: Set<string>, allowedPatterns: string[]): string[];
