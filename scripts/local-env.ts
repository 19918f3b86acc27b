import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "../lib/env";

// `npm start` on a fresh machine needs no configuration: without AUTH_SECRET it generates one
// and keeps it under DATA_DIR (sessions survive restarts); without SMTP_URL, email is stored
// as files under DATA_DIR/mail instead of being sent. Both are said out loud.
export function localAuthAndMailEnv(): Record<string, string> {
  const extra: Record<string, string> = {};
  if (!env.AUTH_SECRET) {
    const file = path.join(env.DATA_DIR, "auth-secret");
    if (!existsSync(file)) {
      mkdirSync(env.DATA_DIR, { recursive: true });
      writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    }
    extra.AUTH_SECRET = readFileSync(file, "utf8").trim();
    console.log(`AUTH_SECRET is not set: using the one kept in ${file}.`);
  }
  if (!env.SMTP_URL && !env.MAIL_TRANSPORT) {
    extra.MAIL_TRANSPORT = "file";
    console.log(`SMTP_URL is not set: emails are stored in ${env.MAIL_DIR ?? path.join(env.DATA_DIR, "mail")} instead of being sent.`);
  }
  return extra;
}
