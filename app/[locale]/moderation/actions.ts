"use server";
import { getLocale, getTranslations } from "next-intl/server";
import { runAction, type ActionResult } from "@/lib/actions/action";
import { restoreNotice } from "@/lib/activities/mutations";
import { redirect } from "@/lib/i18n/navigation";
import { approveNotice, rejectNotice, setOrganisationTrusted, setPlatformRole } from "@/lib/moderation/mutations";
import { claimDecisionSchema, moderationDecisionSchema, profileDecisionSchema, restoreSchema, roleSchema, trustSchema } from "@/lib/validation/moderation";
import { decideClaim, decideProfile } from "@/lib/organisations/mutations";

// Moderators' server actions: runAction with access "moderator" (everyone else gets a 404
// outcome), and the lib mutation checks the platform role again for itself.

export async function decideAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const locale = await getLocale();
  let decided: string | undefined;
  const result = await runAction(formData, {
    schema: moderationDecisionSchema,
    access: "moderator",
    handler: async ({ data, user }) => {
      if (data.decision === "approve") await approveNotice({ actor: user, activityId: data.activityId, version: data.version });
      else await rejectNotice({ actor: user, activityId: data.activityId, version: data.version, feedback: data.feedback! });
      decided = data.decision === "approve" ? "approved" : "rejected";
    },
  });
  if (decided) redirect({ href: { pathname: "/moderation", query: { done: decided } }, locale });
  return result;
}

export async function trustAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const t = await getTranslations("Moderation");
  return runAction(formData, {
    schema: trustSchema,
    access: "moderator",
    handler: async ({ data, user }) => {
      await setOrganisationTrusted({ actor: user, organisationId: data.organisationId, trusted: data.trusted });
      return { notice: t("trustUpdated") };
    },
  });
}

export async function restoreAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  return runAction(formData, { schema: restoreSchema, access: "moderator", handler: ({ data, user }) => restoreNotice({ actor: user, activityId: data.activityId }) });
}

export async function setRoleAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  return runAction(formData, { schema: roleSchema, access: "moderator", handler: ({ data, user }) => setPlatformRole({ actor: user, userId: data.userId, role: data.role }) });
}

export async function decideProfileAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    schema: profileDecisionSchema,
    access: "moderator",
    handler: ({ data, user }) => decideProfile({ actor: user, organisationId: data.organisationId, approve: data.decision === "approve" }),
  });
}

export async function decideClaimAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    schema: claimDecisionSchema,
    access: "moderator",
    handler: ({ data, user }) => decideClaim({ actor: user, claimId: data.claimId, approve: data.decision === "approve" }),
  });
}
