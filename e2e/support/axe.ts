import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

// WCAG 2.1 A and AA, the level Finnish public-sector accessibility law requires.
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export type AxeOptions = {
  /** Only check inside this selector. */
  include?: string;
  /** Leave these selectors out (say why at the call site). */
  exclude?: string[];
};

/** Fails with each violation's rule id, help text and the selectors of the offending nodes. */
export async function expectNoAxeViolations(page: Page, options: AxeOptions = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (options.include) builder = builder.include(options.include);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const found = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? "unknown impact"}): ${violation.help} [${violation.helpUrl}]\n` +
      violation.nodes.map((node) => `    at ${node.target.map(String).join(" ")}`).join("\n"),
  );
  // The diff lists each violation: rule id (impact): help [link], then the offending nodes.
  expect(found, `axe: ${violations.length} WCAG 2.1 A/AA violation(s) on ${page.url()}`).toEqual([]);
}
