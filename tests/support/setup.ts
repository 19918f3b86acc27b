import { afterEach, beforeEach, vi, type MockInstance } from "vitest";

// console.error during a test fails the test (as in the Epic Stack): an error logged and
// swallowed is a bug the assertions did not see. A test that expects an error log says so:
//   consoleError.mockImplementation(() => {});   // then assert on consoleError.mock.calls
export let consoleError: MockInstance<typeof console.error>;

let unexpected: unknown[][] = [];

beforeEach(() => {
  unexpected = [];
  const original = console.error;
  consoleError = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    original(...args);
    unexpected.push(args);
  });
});

afterEach(() => {
  consoleError.mockRestore();
  if (unexpected.length > 0) {
    const first = (unexpected[0] ?? []).map((arg) => (arg instanceof Error ? arg.stack : String(arg))).join(" ");
    throw new Error(
      `console.error was called ${unexpected.length} time(s) during this test; the first call: ${first}\n` +
        "If the test expects it, call consoleError.mockImplementation(() => {}) (tests/support/setup.ts).",
    );
  }
});
