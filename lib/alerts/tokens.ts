import { createHmac, timingSafeEqual } from "node:crypto";
import { requireAuthSecret } from "../env";

// Links in alert emails, signed with AUTH_SECRET (HMAC-SHA256) and bound to one purpose, so a
// confirm link cannot unsubscribe and a forged or altered token fails before any lookup.
// - confirm / unsubscribe: `<alertId>.<signature>`; they live as long as the alert (the row is
//   the state: confirming twice or unsubscribing a removed alert changes nothing).
// - manage: `<address in base64url>.<expiry ms>.<signature>`: lists and removes every alert of
//   an address for MANAGE_LINK_HOURS, after the address proved itself by receiving it.

export type AlertTokenPurpose = "alert-confirm" | "alert-unsubscribe";
export const MANAGE_LINK_HOURS = 24;

function sign(parts: string[]): string {
  return createHmac("sha256", requireAuthSecret()).update(parts.join("\n")).digest("base64url");
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function alertToken(purpose: AlertTokenPurpose, alertId: string): string {
  return `${alertId}.${sign([purpose, alertId])}`;
}

/** The alert id a token names, if the token is genuine for this purpose. */
export function readAlertToken(purpose: AlertTokenPurpose, token: string): string | undefined {
  const [id, signature, extra] = token.split(".");
  if (!id || !signature || extra !== undefined || !/^[a-z0-9]{10,40}$/.test(id)) return undefined;
  return same(signature, sign([purpose, id])) ? id : undefined;
}

export function manageToken(email: string, now: Date = new Date()): string {
  const address = Buffer.from(email.toLowerCase()).toString("base64url");
  const expires = String(now.getTime() + MANAGE_LINK_HOURS * 3_600_000);
  return `${address}.${expires}.${sign(["alert-manage", address, expires])}`;
}

export function readManageToken(token: string, now: Date = new Date()): string | undefined {
  const [address, expires, signature, extra] = token.split(".");
  if (!address || !expires || !signature || extra !== undefined || !/^\d{10,16}$/.test(expires)) return undefined;
  if (!same(signature, sign(["alert-manage", address, expires]))) return undefined;
  if (Number(expires) <= now.getTime()) return undefined;
  return Buffer.from(address, "base64url").toString("utf8");
}
