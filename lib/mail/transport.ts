import { randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { mailConfig } from "../env";
import { logger } from "../log/logger";

// Email leaves the app only through sendMail(). Production: SMTP (SMTP_URL). Development,
// tests and `npm start` without SMTP: one JSON file per message under MAIL_DIR, which the
// development page /{locale}/dev/mail and the test suites read (readStoredMail).

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  kind: string;
  /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post (RFC 8058) on alert mail. */
  headers?: Record<string, string>;
};
export type StoredMail = OutgoingMail & { id: string; from: string; createdAt: string };

let smtp: Transporter | undefined;

export async function sendMail(mail: OutgoingMail): Promise<void> {
  const config = mailConfig();
  if (config.transport === "smtp") {
    smtp ??= nodemailer.createTransport(config.url);
    await smtp.sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers });
  } else {
    const stored: StoredMail = { ...mail, id: randomUUID(), from: config.from, createdAt: new Date().toISOString() };
    await mkdir(config.dir, { recursive: true });
    // Sortable names: time first, then a random id so that parallel sends never collide.
    await writeFile(path.join(config.dir, `${stored.createdAt.replace(/[:.]/g, "-")}-${stored.id}.json`), JSON.stringify(stored, null, 2));
  }
  logger.info({ kind: mail.kind, transport: config.transport }, "mail sent");
}

/** Stored messages, newest first (file transport only). */
export async function readStoredMail(dir?: string): Promise<StoredMail[]> {
  const config = mailConfig();
  const from = dir ?? (config.transport === "file" ? config.dir : undefined);
  if (!from) return [];
  const names = await readdir(from).catch(() => [] as string[]);
  const mails = await Promise.all(
    names.filter((name) => name.endsWith(".json")).map(async (name) => JSON.parse(await readFile(path.join(from, name), "utf8")) as StoredMail),
  );
  return mails.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
