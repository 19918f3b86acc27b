import { z } from "zod";
import { CAPACITY_STATUSES, REPORT_ANSWERS, REPORT_REASONS } from "../reference/vocabulary";
import { email, optionalText, recordId } from "./fields";

// "Report a problem" on a notice (no account needed), the organiser's answer and capacity
// status (docs/decisions/011). Messages are keys of the "Validation" namespace.

export const REPORT_MESSAGE_MAX = 1000;

export const reportSchema = z.object({
  activityId: recordId,
  reason: z.enum(REPORT_REASONS, { error: "chooseReason" }),
  message: optionalText(REPORT_MESSAGE_MAX),
  email: email.optional(),
  // The honeypot: hidden from people (and from assistive technology); bots fill every field.
  website: z.string().optional(),
});
export type ReportValue = z.output<typeof reportSchema>;

export const answerReportsSchema = z.object({
  activityId: recordId,
  answer: z.enum(REPORT_ANSWERS, { error: "invalid" }),
  // The page to show afterwards, with the outcome on top (the answered reports leave the list).
  returnTo: z.enum(["/manage", "/moderation/reports"]).optional(),
});

export const capacitySchema = z.object({
  activityId: recordId,
  status: z.enum(CAPACITY_STATUSES, { error: "invalid" }),
});
