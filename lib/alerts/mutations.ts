import { prisma } from "../db/client";
import { AppError } from "../errors/app-error";
import { absoluteUrl } from "../mail/templates";
import { logger } from "../log/logger";
import { sendAlertConfirmEmail, sendAlertManageEmail } from "./mail";
import { normaliseAlertQuery } from "./query";
import { readAlertToken, readManageToken } from "./tokens";

// Alerts for saved searches (docs/decisions/014). No account: the address proves itself by
// receiving the confirmation link (double opt-in), and every later change comes through a
// signed link in a mail to it. Rate limits are the caller's (the action); here the rules that
// hold whoever calls.

const DAY = 86_400_000;
/** Unconfirmed alerts are removed after this many days (the privacy page says so). */
export const UNCONFIRMED_DAYS = 7;
/** Confirmed alerts an address may have. */
export const MAX_ALERTS_PER_ADDRESS = 20;

export type SubscribeInput = { email: string; frequency: "DAILY" | "WEEKLY"; includeNews: boolean; includeEvents?: boolean; query: string; locale: string };

/**
 * A new alert, unconfirmed, and the confirmation mail. The same search again for the same
 * address reuses the alert (an unconfirmed one gets a fresh mail; a confirmed one only changes
 * its frequency and its news and events choices), so the answer never reveals what an address has.
 */
export async function subscribeAlert(input: SubscribeInput): Promise<void> {
  const query = normaliseAlertQuery(new URLSearchParams(input.query));
  const existing = await prisma.alert.findFirst({ where: { email: input.email, query }, select: { id: true, confirmedAt: true } });
  if (existing?.confirmedAt) {
    await prisma.alert.update({ where: { id: existing.id }, data: { frequency: input.frequency, includeNews: input.includeNews, includeEvents: input.includeEvents ?? false, locale: input.locale } });
    return;
  }
  const confirmed = await prisma.alert.count({ where: { email: input.email, confirmedAt: { not: null } } });
  if (confirmed >= MAX_ALERTS_PER_ADDRESS) throw new AppError("CONFLICT", { messageKey: "CONFLICT" });
  const alert = existing
    ? await prisma.alert.update({ where: { id: existing.id }, data: { frequency: input.frequency, includeNews: input.includeNews, includeEvents: input.includeEvents ?? false, locale: input.locale }, select: { id: true } })
    : await prisma.alert.create({ data: { email: input.email, locale: input.locale, frequency: input.frequency, includeNews: input.includeNews, includeEvents: input.includeEvents ?? false, query }, select: { id: true } });
  await sendAlertConfirmEmail({ to: input.email, locale: input.locale, alertId: alert.id, frequency: input.frequency, searchUrl: searchUrl(input.locale, query) });
}

export function searchUrl(locale: string, query: string): string {
  return absoluteUrl(`/${locale}/activities${query ? `?${query}` : ""}`);
}

export type AlertTokenOutcome = { ok: true; alertId: string } | { ok: false };

/** Confirms an alert from its link; confirming again changes nothing. */
export async function confirmAlert(options: { token: string; now?: Date }): Promise<AlertTokenOutcome> {
  const id = readAlertToken("alert-confirm", options.token);
  if (!id) return { ok: false };
  const alert = await prisma.alert.findUnique({ where: { id }, select: { id: true } });
  if (!alert) return { ok: false };
  await prisma.alert.updateMany({ where: { id, confirmedAt: null }, data: { confirmedAt: options.now ?? new Date() } });
  return { ok: true, alertId: id };
}

/** Whether a confirm or unsubscribe link names an alert that exists (landing pages). */
export async function inspectAlertToken(purpose: "alert-confirm" | "alert-unsubscribe", token: string) {
  const id = readAlertToken(purpose, token);
  if (!id) return undefined;
  return (await prisma.alert.findUnique({ where: { id }, select: { id: true, query: true, frequency: true, confirmedAt: true, locale: true } })) ?? undefined;
}

/** One-click unsubscribe: removes the alert. A genuine token of an alert already removed is fine too. */
export async function unsubscribeAlert(options: { token: string }): Promise<AlertTokenOutcome> {
  const id = readAlertToken("alert-unsubscribe", options.token);
  if (!id) return { ok: false };
  await prisma.alert.deleteMany({ where: { id } });
  return { ok: true, alertId: id };
}

/** Sends the manage link if the address has alerts; the caller says the same either way. */
export async function requestManageLink(options: { email: string; locale: string }): Promise<void> {
  const count = await prisma.alert.count({ where: { email: options.email } });
  if (count === 0) {
    logger.info("alert manage link asked for an address without alerts");
    return;
  }
  await sendAlertManageEmail({ to: options.email, locale: options.locale, count });
}

export async function listAlertsOfToken(token: string, now?: Date) {
  const email = readManageToken(token, now);
  if (!email) return undefined;
  const alerts = await prisma.alert.findMany({
    where: { email },
    select: { id: true, query: true, frequency: true, includeNews: true, includeEvents: true, confirmedAt: true, createdAt: true, locale: true },
    orderBy: { createdAt: "asc" },
  });
  return { email, alerts };
}

/** Removes one alert (alertId) or all of the address's alerts, with a valid manage token. */
export async function removeAlertsWithToken(options: { token: string; alertId?: string; now?: Date }): Promise<number> {
  const email = readManageToken(options.token, options.now);
  if (!email) throw new AppError("TOKEN_INVALID");
  const { count } = await prisma.alert.deleteMany({ where: { email, ...(options.alertId ? { id: options.alertId } : {}) } });
  return count;
}

/**
 * For the mail layer: the address bounced (a permanent SMTP failure, or a bounce report). Its
 * alerts stop at once and the next clean-up removes them.
 */
export async function markAddressBounced(email: string, now: Date = new Date()): Promise<number> {
  const { count } = await prisma.alert.updateMany({ where: { email: email.trim().toLowerCase(), bouncedAt: null }, data: { bouncedAt: now } });
  return count;
}

/** Removes alerts nobody confirmed within UNCONFIRMED_DAYS and alerts of bounced addresses. */
export async function cleanUpAlerts(options: { now?: Date; db?: Pick<typeof prisma, "alert"> } = {}): Promise<{ unconfirmed: number; bounced: number }> {
  const db = options.db ?? prisma;
  const now = options.now ?? new Date();
  const unconfirmed = await db.alert.deleteMany({ where: { confirmedAt: null, createdAt: { lt: new Date(now.getTime() - UNCONFIRMED_DAYS * DAY) } } });
  const bounced = await db.alert.deleteMany({ where: { bouncedAt: { not: null } } });
  return { unconfirmed: unconfirmed.count, bounced: bounced.count };
}
