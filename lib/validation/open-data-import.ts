import { z } from "zod";
import { LOCALES } from "../i18n/locales";
import { RECORD_ID_PATTERN } from "./record-id";

// The import screen's forms (app/[locale]/moderation/import): upload for a dry run, then
// confirm (with the duplicates to import anyway) or discard.

export const importUploadSchema = z.object({
  textLanguage: z.enum(LOCALES).default("fi"),
  source: z.string().trim().min(1, { error: "required" }).max(200, { error: "tooLong" }),
});

export const importDecisionSchema = z.object({
  importId: z.string().regex(RECORD_ID_PATTERN),
  duplicate: z.array(z.coerce.number().int().min(1).max(100_000)).max(5000).default([]),
});

/** The rows a confirm form ticked ("duplicate" repeated). */
export function parseImportDecision(formData: FormData) {
  return importDecisionSchema.safeParse({ importId: formData.get("importId"), duplicate: formData.getAll("duplicate") });
}

export function parseImportUpload(formData: FormData) {
  return importUploadSchema.safeParse({ textLanguage: formData.get("textLanguage") ?? undefined, source: formData.get("source") ?? "" });
}
