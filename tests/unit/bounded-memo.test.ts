import { expect, test } from "vitest";
import { BoundedMemo } from "@/lib/cache/bounded-memo";

test("a bounded memo computes a key once, and forgets everything when full or cleared", () => {
  const memo = new BoundedMemo<number>(2);
  let calls = 0;
  const compute = () => ++calls;
  expect(memo.get("a", compute)).toBe(1);
  expect(memo.get("a", compute)).toBe(1);
  expect(memo.get("b", compute)).toBe(2);
  expect(memo.get("c", compute)).toBe(3); // full: a and b forgotten
  expect(memo.get("a", compute)).toBe(4);
  memo.clear();
  expect(memo.get("c", compute)).toBe(5);
});
