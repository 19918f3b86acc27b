import type { CapacityShown } from "@/lib/reports/status";
import type { BadgeTone } from "@/components/ui/badge";

/** How the organiser's "is there room?" looks as a badge; used on the server and in the cards. */
export function capacityTone(status: CapacityShown["status"]): BadgeTone {
  return status === "ROOM" ? "positive" : status === "FULL" ? "warning" : "neutral";
}
