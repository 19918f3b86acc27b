import "server-only";
import { prisma } from "../../db/client";
import { assertModerator, type Actor } from "../../auth/permissions";
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
  report: ImportReport;
  outcome?: ConfirmOutcome;
};

export async function getImport(options: { actor: Actor; importId: string }): Promise<ImportView | undefined> {
  assertModerator(options.actor);
  const row = await prisma.openDataImport.findUnique({ where: { id: options.importId }, select: { id: true, fileName: true, format: true, source: true, status: true, createdAt: true, summary: true } });
  if (!row) return undefined;
  const summary = (row.summary ?? {}) as { report?: ImportReport; outcome?: ConfirmOutcome } & Partial<ImportReport>;
  const report = summary.report ?? (summary as ImportReport);
  return { ...row, report, outcome: summary.outcome };
}
