import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { E2E_MAIL_DIR } from "./paths";

// The e2e server stores every email as a JSON file (MAIL_TRANSPORT=file); tests read them here.
export type Mail = { id: string; to: string; subject: string; text: string; html: string; kind: string; createdAt: string };

export function mailsTo(address: string): Mail[] {
  let names: string[] = [];
  try {
    names = readdirSync(E2E_MAIL_DIR).filter((name) => name.endsWith(".json"));
  } catch {
    return [];
  }
  return names
    .map((name) => JSON.parse(readFileSync(path.join(E2E_MAIL_DIR, name), "utf8")) as Mail)
    .filter((mail) => mail.to === address.toLowerCase())
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Waits (polling, no fixed sleep) for the newest email of a kind to an address after `since` of them. */
export async function waitForMail(address: string, kind: string, since = 0): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(() => {
      const mails = mailsTo(address).filter((mail) => mail.kind === kind);
      found = mails.length > since ? mails.at(-1) : undefined;
      return found !== undefined;
    }, { message: `a ${kind} email to ${address}`, timeout: 15_000 })
    .toBe(true);
  return found!;
}

export function countMails(address: string, kind: string): number {
  return mailsTo(address).filter((mail) => mail.kind === kind).length;
}

/** The first link in the text part that matches. */
export function linkIn(mail: Mail, pattern: RegExp): string {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((url) => pattern.test(url));
  if (!link) throw new Error(`No link matching ${pattern} in "${mail.subject}"`);
  return link;
}
