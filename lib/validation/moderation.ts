import { z } from "zod";
import { PLATFORM_ROLES } from "../reference/vocabulary";
import { recordId, text } from "./fields";

/** A moderator's decision on the version on screen of a notice or an event (with its id field). */
export const decisionFields = {
  decision: z.enum(["approve", "reject"], { error: "unknownOption" }),
  version: z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).min(0, { error: "invalid" }),
  feedback: z.string().trim().max(2000, { error: "tooLong|2000" }).optional(),
};

/** Rejecting needs feedback: the organiser must learn what to fix. */
export function requireFeedbackOnReject(value: { decision: string; feedback?: string }, ctx: z.RefinementCtx) {
  if (value.decision === "reject" && !value.feedback) ctx.addIssue({ code: "custom", path: ["feedback"], message: "feedbackRequired" });
}

export const moderationDecisionSchema = z.object({ activityId: recordId, ...decisionFields }).superRefine(requireFeedbackOnReject);

export const trustSchema = z.object({ organisationId: recordId, trusted: z.enum(["true", "false"]).transform((v) => v === "true") });

export const restoreSchema = z.object({ activityId: recordId });

export const roleSchema = z.object({ userId: z.string().min(1).max(60), role: z.enum(PLATFORM_ROLES) });

export const feedbackText = text(2000);

export const profileDecisionSchema = z.object({
  organisationId: recordId,
  decision: z.enum(["approve", "reject"], { error: "unknownOption" }),
});

export const claimDecisionSchema = z.object({ claimId: recordId, decision: z.enum(["approve", "reject"], { error: "unknownOption" }) });
