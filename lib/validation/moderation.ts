import { z } from "zod";
import { recordId, text } from "./fields";

export const moderationDecisionSchema = z
  .object({
    activityId: recordId,
    decision: z.enum(["approve", "reject"], { error: "unknownOption" }),
    feedback: z.string().trim().max(2000, { error: "tooLong|2000" }).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "reject" && !value.feedback) ctx.addIssue({ code: "custom", path: ["feedback"], message: "feedbackRequired" });
  });

export const trustSchema = z.object({ organisationId: recordId, trusted: z.enum(["true", "false"]).transform((v) => v === "true") });

export const restoreSchema = z.object({ activityId: recordId });

export const roleSchema = z.object({ userId: z.string().min(1).max(60), role: z.enum(["USER", "MODERATOR", "ADMIN"]) });

export const feedbackText = text(2000);
