import "server-only";
import { prisma } from "../../db/client";
import { assertModerator, type Actor } from "../../auth/permissions";
import { storedImportSummarySchema } from "../../validation/open-data-import";
import type { ConfirmOutcome } from "./mutations";
import type { ImportReport } from "./types";

// The import screen's reads: one batch with its dry-run report (moderators only).

export type ImportView = {
  id: string;
  fileName: string;
  format: string;
  source: string;
  status: "PREVIEWED" | "IMPORTED" | "DISCARDED";
  createdAt: Date;
  /** Undefined when the stored report cannot be read (then `reportUnreadable` is true). */
  report: ImportReport | undefined;
  reportUnreadable: boolean;
  outcome?: ConfirmOutcome;
};

/** The stored summary, parsed with its schema: a damaged one is reported, not cast. */
export function readStoredSummary(summary: unknown): { report: ImportReport; outcome?: ConfirmOutcome } | undefined {
  const parsed = storedImportSummarySchema.safeParse(summary);
  return parsed.success ? parsed.data : undefined;
}

export async function getImport(options: { actor: Actor; importId: string }): Promise<ImportView | undefined> {
  assertModerator(options.actor);
  const row = await prisma.openDataImport.findUnique({ where: { id: options.importId }, select: { id: true, fileName: true, format: true, source: true, status: true, createdAt: true, summary: true } });
  if (!row) return undefined;
  const { summary, ...rest } = row;
  const stored = readStoredSummary(summary);
  return { ...rest, report: stored?.report, reportUnreadable: !stored, outcome: stored?.outcome };
}
