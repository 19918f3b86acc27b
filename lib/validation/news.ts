import { z } from "zod";
import { NEWS_CATEGORIES } from "../news/categories";
import { ACTIVITY_LANGUAGES } from "../reference/languages";
import { isoDate, optionalText, recordId, text } from "./fields";

// The news form (members submit, moderators publish) and the moderators' decision. Messages
// are keys of the "Validation" namespace.

export const NEWS_TITLE_MAX = 160;
export const NEWS_LEAD_MAX = 400;
export const NEWS_BODY_MAX = 10_000;

const regionCode = z.string().regex(/^\d{2}$/, { error: "unknownOption" });

export const newsSchema = z.object({
  organisationId: recordId.optional(),
  language: z.enum(ACTIVITY_LANGUAGES, { error: "unknownOption" }),
  category: z.enum(NEWS_CATEGORIES, { error: "required" }),
  title: text(NEWS_TITLE_MAX),
  lead: text(NEWS_LEAD_MAX),
  body: text(NEWS_BODY_MAX),
  // No regions chosen = the whole of Finland.
  regions: z.array(regionCode).max(19, { error: "tooMany|19" }).default([]),
  validUntil: isoDate.optional(),
});
export type NewsFormValue = z.output<typeof newsSchema>;

export const newsTranslationSchema = z.object({
  newsId: recordId,
  language: z.enum(ACTIVITY_LANGUAGES, { error: "unknownOption" }),
  title: text(NEWS_TITLE_MAX),
  lead: text(NEWS_LEAD_MAX),
  body: text(NEWS_BODY_MAX),
});
export type NewsTranslationValue = z.output<typeof newsTranslationSchema>;

/** Editing news: the form's fields and the record. */
export const newsEditSchema = newsSchema.extend({ newsId: recordId });

export const newsDecisionSchema = z
  .object({
    newsId: recordId,
    decision: z.enum(["approve", "reject"], { error: "invalid" }),
    feedback: optionalText(2000),
  })
  .refine((value) => value.decision !== "reject" || !!value.feedback, { path: ["feedback"], error: "feedbackRequired" });
