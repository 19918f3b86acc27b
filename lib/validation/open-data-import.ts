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

// The dry run's report and the confirmation's outcome as stored in open_data_import.summary
// (JSON): parsed when read back, never cast (a row written by an older version, or damaged by
// hand, is reported as unreadable instead of breaking the page).

const importErrorSchema = z.object({ row: z.number().int(), field: z.string(), code: z.string() });

const rowOutcomeSchema = z.discriminatedUnion("kind", [
  z.object({ row: z.number().int(), kind: z.literal("create"), title: z.string(), organisation: z.string() }),
  z.object({ row: z.number().int(), kind: z.literal("update"), title: z.string(), organisation: z.string(), activityId: z.string() }),
  z.object({
    row: z.number().int(),
    kind: z.literal("duplicate"),
    title: z.string(),
    organisation: z.string(),
    activityId: z.string(),
    existingTitle: z.string(),
    reason: z.enum(["title", "external_id"]),
  }),
  z.object({ row: z.number().int(), kind: z.literal("rejected"), title: z.string(), errors: z.array(importErrorSchema) }),
]);

const organisationOutcomeSchema = z.discriminatedUnion("kind", [
  z.object({ key: z.string(), kind: z.literal("create"), name: z.string(), businessId: z.string().nullable() }),
  z.object({
    key: z.string(),
    kind: z.literal("existing"),
    name: z.string(),
    businessId: z.string().nullable(),
    organisationId: z.string(),
    existingName: z.string(),
    reason: z.enum(["business_id", "name"]),
  }),
]);

const count = z.number().int().min(0);

export const importReportSchema = z.object({
  rows: z.array(rowOutcomeSchema),
  organisations: z.array(organisationOutcomeSchema),
  counts: z.object({ create: count, update: count, duplicate: count, rejected: count }),
  fileError: z.string().optional(),
});

export const importOutcomeSchema = z.object({
  created: z.array(z.string()),
  updated: z.array(z.string()),
  skipped: count,
  rejected: count,
  organisations: z.array(z.string()),
});

/** After the dry run the summary is the report; after the import, { report, outcome }. */
export const storedImportSummarySchema = z.union([z.object({ report: importReportSchema, outcome: importOutcomeSchema }), importReportSchema.transform((report) => ({ report, outcome: undefined }))]);

export type StoredImportSummary = z.infer<typeof storedImportSummarySchema>;

/** A tabular upload as stored in open_data_import.content (JSON): table name → CSV text. */
export const storedTablesSchema = z.record(z.string(), z.string());

/** "This organisation is ours": a claim of an imported organisation without a Y-tunnus. */
export const importedClaimSchema = z.object({
  organisationId: z.string().regex(RECORD_ID_PATTERN),
  name: z.string().trim().min(1, { error: "required" }).max(200, { error: "tooLong" }),
  message: z.string().trim().min(10, { error: "tooShort" }).max(2000, { error: "tooLong" }),
});

export function parseImportedClaim(formData: FormData) {
  return importedClaimSchema.safeParse({ organisationId: formData.get("organisationId"), name: formData.get("name") ?? "", message: formData.get("message") ?? "" });
}
