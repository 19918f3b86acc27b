import { afterEach, describe, expect, it, vi } from "vitest";
import { createAdmission } from "@/lib/http/admission";

afterEach(() => vi.useRealTimers());

describe("the web server's bounded queue", () => {
  it("runs up to maxActive at once, queues the next ones in order and turns away the rest", async () => {
    const admission = createAdmission({ maxActive: 2, maxQueued: 2, maxWaitMs: 60_000 });
    const first = await admission.enter();
    const second = await admission.enter();
    const order: string[] = [];
    const third = admission.enter().then((release) => (order.push("third"), release));
    const fourth = admission.enter().then((release) => (order.push("fourth"), release));
    expect(await admission.enter()).toBeNull(); // queue full
    expect(admission.stats()).toEqual({ active: 2, queued: 2, turnedAway: 1 });

    first!();
    first!(); // releasing twice frees one slot only
    const releaseThird = await third;
    expect(order).toEqual(["third"]);
    expect(admission.stats()).toMatchObject({ active: 2, queued: 1 });
    second!();
    const releaseFourth = await fourth;
    expect(order).toEqual(["third", "fourth"]);
    releaseThird!();
    releaseFourth!();
    expect(admission.stats()).toMatchObject({ active: 0, queued: 0 });
    expect(await admission.enter()).not.toBeNull();
  });

  it("turns away a request that waited longer than maxWaitMs, and keeps the slot count right", async () => {
    vi.useFakeTimers();
    const admission = createAdmission({ maxActive: 1, maxQueued: 5, maxWaitMs: 1000 });
    const running = await admission.enter();
    const waiting = admission.enter();
    vi.advanceTimersByTime(1001);
    expect(await waiting).toBeNull();
    expect(admission.stats()).toEqual({ active: 1, queued: 0, turnedAway: 1 });
    running!();
    expect(admission.stats().active).toBe(0);
  });

  it("with no queue, turns away at once whatever exceeds maxActive", async () => {
    const admission = createAdmission({ maxActive: 1, maxQueued: 0, maxWaitMs: 1000 });
    expect(await admission.enter()).not.toBeNull();
    expect(await admission.enter()).toBeNull();
  });
});
