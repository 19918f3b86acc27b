import type { Instrumentation } from "next";
import { isDatabaseUnreachable, markDatabaseUnreachable } from "./lib/db/unreachable";

// A page, route or action that failed because the database is gone puts the whole process in
// "database unreachable" mode: scripts/serve.ts then answers a localized 503 at once, instead
// of letting every request fail on its own, and probes until the database answers again.
export const onRequestError: Instrumentation.onRequestError = (error) => {
  if (isDatabaseUnreachable(error)) markDatabaseUnreachable();
};
