import type { Task } from "meilisearch";

// Meilisearch accepts a change as a task and reports its outcome later; `waitTask()` resolves
// with the finished task whatever its outcome (a failed or cancelled task does not throw).
// Every caller that must not go on after a failure waits through this.

export class MeilisearchTaskError extends Error {
  constructor(readonly task: Pick<Task, "uid" | "status" | "type" | "error">) {
    super(`Meilisearch task ${task.uid} (${task.type}) ${task.status}${task.error ? `: ${task.error.code} ${task.error.message}` : ""}`);
    this.name = "MeilisearchTaskError";
  }
}

/** Waits for an enqueued task and returns it only if it succeeded. */
export async function succeeded(enqueued: { waitTask(options?: { timeout?: number }): Promise<Task> }, timeout = 60_000): Promise<Task> {
  const task = await enqueued.waitTask({ timeout });
  if (task.status !== "succeeded") throw new MeilisearchTaskError(task);
  return task;
}
