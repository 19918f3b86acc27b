// Admission control for the web server: at most `maxActive` requests are handled at once, at
// most `maxQueued` more wait their turn (first come, first served), and a request that waits
// longer than `maxWaitMs` or finds the queue full is turned away (the server answers 503 with
// Retry-After). Under overload the app thus stays fast for the requests it takes, and memory
// stays bounded, instead of every request slowing down until clients time out.

export type AdmissionLimits = { maxActive: number; maxQueued: number; maxWaitMs: number };

export type Admission = {
  /** Resolves to a release function once the request may run, or to null when it must be turned away. */
  enter: () => Promise<(() => void) | null>;
  stats: () => { active: number; queued: number; turnedAway: number };
};

type Waiter = { admit: (release: () => void) => void; timer: ReturnType<typeof setTimeout> };

export function createAdmission(limits: AdmissionLimits): Admission {
  let active = 0;
  let turnedAway = 0;
  const queue: Waiter[] = [];

  function release() {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = queue.shift();
      if (next) {
        clearTimeout(next.timer);
        next.admit(release()); // the slot passes straight to the next request
      } else {
        active--;
      }
    };
  }

  return {
    enter() {
      if (active < limits.maxActive) {
        active++;
        return Promise.resolve(release());
      }
      if (queue.length >= limits.maxQueued) {
        turnedAway++;
        return Promise.resolve(null);
      }
      return new Promise((resolve) => {
        const waiter: Waiter = {
          admit: resolve,
          timer: setTimeout(() => {
            queue.splice(queue.indexOf(waiter), 1);
            turnedAway++;
            resolve(null);
          }, limits.maxWaitMs),
        };
        queue.push(waiter);
      });
    },
    stats: () => ({ active, queued: queue.length, turnedAway }),
  };
}
