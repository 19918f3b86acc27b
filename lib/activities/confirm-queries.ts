import "server-only";
import { prisma } from "../db/client";
import { inspectActionToken } from "../tokens/action-token";
import { pickTranslation } from "./translation";
import { isRecordId } from "../validation/record-id";

/** What the "still running" landing page shows, without using the token. */
export async function getConfirmation(token: string, locale: string): Promise<{ ok: true; title: string } | { ok: false }> {
  if (token.length > 200) return { ok: false };
  const check = await prisma.$transaction((tx) => inspectActionToken(tx, { token, purpose: "confirm-activity" }));
  if (!check.ok) return { ok: false };
  const activity = await prisma.activity.findUnique({
    where: { id: check.activityId },
    select: { status: true, deletedAt: true, originalLanguage: true, translations: { select: { locale: true, title: true } } },
  });
  if (!activity || activity.deletedAt || activity.status !== "PUBLISHED") return { ok: false };
  return { ok: true, title: pickTranslation(activity.translations, locale, activity.originalLanguage)?.title ?? "" };
}

export async function getValidity(activityId: string): Promise<Date | undefined> {
  if (!isRecordId(activityId)) return undefined;
  const a = await prisma.activity.findUnique({ where: { id: activityId }, select: { validUntil: true, status: true, deletedAt: true } });
  return a && a.status === "PUBLISHED" && !a.deletedAt ? a.validUntil : undefined;
}
