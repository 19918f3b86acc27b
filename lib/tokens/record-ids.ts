import { createHmac } from "node:crypto";
import { requireAuthSecret } from "../env";

// Ids of new records are made by the server. A form may send a key of its own (a UUID the page
// issued) so that a double click or an autosave racing the button writes one record, not two;
// the record's id is derived from that key, the user and the server's secret, so no one can
// choose an id, guess another user's, or take over a record by naming its id.
export function serverRecordId(options: { kind: "activity" | "organisation" | "event"; userId: string; formKey: string }): string {
  const digest = createHmac("sha256", requireAuthSecret()).update(`${options.kind}\n${options.userId}\n${options.formKey}`).digest("hex");
  return `${options.kind === "activity" ? "a" : options.kind === "event" ? "e" : "o"}${digest.slice(0, 24)}`;
}
