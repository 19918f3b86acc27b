"use server";
import { getLocale } from "next-intl/server";
import { runAction, type ActionResult } from "@/lib/actions/action";
import { approveEvent, rejectEvent } from "@/lib/events/mutations";
import { redirect } from "@/lib/i18n/navigation";
import { eventDecisionSchema } from "@/lib/validation/event";

// A moderator's decision on an event: runAction with access "moderator" (a 404 outcome for
// everyone else), and the mutation checks the platform role again for itself.
export async function decideEventAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const locale = await getLocale();
  let decided: string | undefined;
  const result = await runAction(formData, {
    schema: eventDecisionSchema,
    access: "moderator",
    handler: async ({ data, user }) => {
      if (data.decision === "approve") await approveEvent({ actor: user, eventId: data.eventId, version: data.version });
      else await rejectEvent({ actor: user, eventId: data.eventId, version: data.version, feedback: data.feedback! });
      decided = data.decision === "approve" ? "approved" : "rejected";
    },
  });
  if (decided) redirect({ href: { pathname: "/moderation/events", query: { done: decided } }, locale });
  return result;
}
