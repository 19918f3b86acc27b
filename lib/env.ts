import { tmpdir } from "node:os";
import { z } from "zod";

// The one place that reads process.env. Everything has a default that works on a fresh
// machine (embedded PostgreSQL, development mail transport); production says what is missing.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string")
    .optional(),
  DATA_DIR: z.string().default(".data"),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("localhost"),
  SITE_URL: z.string().url().default("http://localhost:3000"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SEARCH_ENGINE: z.enum(["postgres", "meilisearch"]).default("postgres"),
  MEILISEARCH_URL: z.string().url().optional(),
  MEILISEARCH_KEY: z.string().optional(),
  MEILISEARCH_INDEX: z.string().regex(/^[A-Za-z0-9_-]+$/).default("activities"),
  // Requests a minute per client address to the public API (lib/rate-limit/limiter.ts).
  PUBLIC_API_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  // The web server's bounded queue (scripts/serve.ts, lib/http/admission.ts): requests handled
  // at once, requests waiting, and how long one may wait before it gets 503 with Retry-After.
  MAX_ACTIVE_REQUESTS: z.coerce.number().int().min(1).max(10_000).default(16),
  MAX_QUEUED_REQUESTS: z.coerce.number().int().min(0).max(100_000).default(64),
  QUEUE_TIMEOUT_MS: z.coerce.number().int().min(1).max(600_000).default(5_000),
  // Auth.js: signs session and verification cookies. Development and tests use a fixed value;
  // production must set one (scripts/start.ts generates and keeps one under DATA_DIR).
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)").optional(),
  // Comma-separated emails that become platform admins when they sign in.
  ADMIN_EMAILS: z
    .string()
    .default("")
    .transform((value) => value.split(",").map((email) => email.trim().toLowerCase()).filter(Boolean)),
  // Mail: "smtp" sends through SMTP_URL; "file" stores each message as JSON under MAIL_DIR
  // (development, tests, and `npm start` without SMTP). Default: smtp in production, else file.
  MAIL_TRANSPORT: z.enum(["smtp", "file"]).optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL").optional(),
  MAIL_FROM: z.string().default("Tukiverkko <no-reply@tukiverkko.localhost>"),
  MAIL_DIR: z.string().optional(),
  // Shared secret of the bounce webhook /api/mail/bounces (Authorization: Bearer <secret>);
  // unset = the endpoint does not exist (404).
  BOUNCE_WEBHOOK_SECRET: z.string().min(24, "must be at least 24 characters (openssl rand -base64 32)").optional(),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const env = load();

/**
 * Whether SITE_URL was configured. Without it, addresses that people share (the list link and its
 * QR code, the sitemap) use the origin of the request that asked for them (lib/site/origin.ts), so
 * a server reached as http://192.168.1.5:3000 does not hand out http://localhost:3000.
 */
export const siteUrlConfigured = (process.env.SITE_URL ?? "").trim() !== "";

/**
 * For scripts/start.ts only: the start process adopts the configuration it gives the web
 * server (generated AUTH_SECRET, mail transport) before it runs jobs itself.
 */
export function applyEnv(values: Record<string, string>): void {
  for (const [key, value] of Object.entries(values)) process.env[key] = value;
  Object.assign(env, load());
}

/** The database URL the app uses; scripts/start.ts sets it when it starts the embedded cluster. */
export function requireDatabaseUrl(): string {
  if (!env.DATABASE_URL) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `npm start` (it starts an embedded PostgreSQL " +
        "and sets DATABASE_URL), or set DATABASE_URL=postgresql://user:pass@host:5432/db.",
    );
  }
  return env.DATABASE_URL;
}

const DEVELOPMENT_AUTH_SECRET = "development-only-secret-never-use-in-production-0123456789";

/** The secret for Auth.js and signed email links; production must configure its own. */
export function requireAuthSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV === "production") {
    throw new Error("AUTH_SECRET is not set. Set it to a random value of at least 32 characters (openssl rand -base64 32).");
  }
  return DEVELOPMENT_AUTH_SECRET;
}

export type MailConfig = { transport: "smtp"; url: string; from: string } | { transport: "file"; dir: string; from: string };

/** How email leaves the app; production without SMTP_URL says so instead of losing mail. */
export function mailConfig(): MailConfig {
  const transport = env.MAIL_TRANSPORT ?? (env.NODE_ENV === "production" ? "smtp" : "file");
  if (transport === "file") {
    // Tests never write into a developer's DATA_DIR.
    const fallback = env.NODE_ENV === "test" ? `${tmpdir()}/tukiverkko-test-mail` : `${env.DATA_DIR}/mail`;
    return { transport, dir: env.MAIL_DIR ?? fallback, from: env.MAIL_FROM };
  }
  if (!env.SMTP_URL) {
    throw new Error(
      "SMTP_URL is not set, so no email can be sent. Set SMTP_URL=smtps://user:pass@host:465, " +
        "or MAIL_TRANSPORT=file to store messages under MAIL_DIR instead.",
    );
  }
  return { transport, url: env.SMTP_URL, from: env.MAIL_FROM };
}
