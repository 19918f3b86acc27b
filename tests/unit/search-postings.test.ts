import { describe, expect, test } from "vitest";
import { Postings } from "@/lib/search/postings";
import { Vocabulary } from "@/lib/search/text/vocabulary";

const sorted = (a: ArrayLike<number>) => [...Array.from(a)].sort((x, y) => x - y);

describe("in-memory postings", () => {
  test("finds the slots of a term, and forgets a slot's old terms when its document changes", () => {
    const p = new Postings();
    p.set(0, [1, 2, 3], [1], [2]);
    p.set(1, [2, 3], [], [3]);
    p.set(2, [3], [3], []);
    expect(sorted(p.slots(3))).toEqual([0, 1, 2]);
    expect(sorted(p.slots(1))).toEqual([0]);
    expect(p.count).toBe(6);

    p.set(0, [3, 4], [4], []);
    expect(sorted(p.slots(1))).toEqual([]);
    expect(sorted(p.slots(2))).toEqual([1]);
    expect(sorted(p.slots(3))).toEqual([0, 1, 2]);
    expect(sorted(p.slots(4))).toEqual([0]);
    expect(p.count).toBe(5);
    expect(Array.from(p.fields(0).title)).toEqual([4]);
    expect(Array.from(p.fields(1).top)).toEqual([3]);
  });

  test("counts a term repeated in one document once, and answers unknown terms and slots with nothing", () => {
    const p = new Postings();
    p.set(0, [7, 7, 7], [], []);
    expect(Array.from(p.slots(7))).toEqual([0]);
    expect(p.slots(99).length).toBe(0);
    expect(p.fields(5).title.length).toBe(0);
  });

  test("keeps its lists through growth and compaction", () => {
    const p = new Postings();
    for (let slot = 0; slot < 1000; slot++) p.set(slot, [slot % 2], [], []);
    p.compact();
    expect(p.slots(0).length).toBe(500);
    expect(p.slots(1).length).toBe(500);
    p.set(1000, [0], [], []);
    expect(p.slots(0).length).toBe(501);
    expect(p.bytes).toBeGreaterThan(0);
  });
});

test("survives many rewrites of the same documents (the arena is compacted, nothing else moves)", () => {
  const p = new Postings();
  for (let round = 0; round < 2000; round++) {
    for (let slot = 0; slot < 3; slot++) p.set(slot, [round % 5, 10 + slot, 20 + ((round + slot) % 3)], [10 + slot], [round % 5]);
  }
  // Round 1999: terms 4, 10+slot and 20+((1999+slot)%3) = 21, 22, 20.
  for (let slot = 0; slot < 3; slot++) {
    expect(Array.from(p.fields(slot).title)).toEqual([10 + slot]);
    expect(Array.from(p.fields(slot).top)).toEqual([4]);
    expect(Array.from(p.slots(10 + slot))).toEqual([slot]);
  }
  expect(sorted(p.slots(4))).toEqual([0, 1, 2]);
  expect(sorted(p.slots(0))).toEqual([]);
  expect(sorted(p.slots(21))).toEqual([0]);
  expect(p.count).toBe(9);
  expect(p.bytes).toBeLessThan(64 * 1024);
});

describe("vocabulary numbers", () => {
  test("gives each term one number and keeps the sorted list whole as terms arrive", () => {
    const v = new Vocabulary();
    const a = v.number("kahvila");
    expect(v.number("kahvila")).toBe(a);
    v.add(["aamu", "öljy", "kerho"]);
    expect(v.terms()).toEqual(["aamu", "kahvila", "kerho", "öljy"]);
    v.add(["bussi", "zeta", "aa"]);
    expect(v.terms()).toEqual(["aa", "aamu", "bussi", "kahvila", "kerho", "zeta", "öljy"]);
    expect(v.numberOf("bussi")).toBeDefined();
    expect(v.numberOf("puuttuu")).toBeUndefined();
    expect(v.withPrefix("k")).toEqual(["kahvila", "kerho"]);
  });
});
