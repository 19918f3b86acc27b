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
  } else if (!env.MAIL_TRANSPORT) {
    // Said explicitly, so every process (the web server and the job runner) sends the same way
    // whatever its NODE_ENV.
    extra.MAIL_TRANSPORT = "smtp";
  }
  return extra;
}

/**
 * The configuration of every process `npm start` runs: the web server gets it as its
 * environment, and the job runner in the start process itself adopts it (applyEnv) before it
 * starts, so reminder links are signed with the secret the web server checks them with and
 * mail leaves the same way.
 */
export function appProcessEnv(options: { databaseUrl: string; dev: boolean }): Record<string, string> {
  const values: Record<string, string> = { ...localAuthAndMailEnv(), DATABASE_URL: options.databaseUrl };
  const merged: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) merged[key] = value;
  return { ...merged, ...values, NODE_ENV: options.dev ? "development" : "production" };
}
