import { afterEach, describe, expect, test, vi } from "vitest";

// lib/env.ts parses process.env once, when it is first imported, and does not export its zod
// schema. So each test sets the environment, then imports a fresh copy of the module.

const VARIABLES = [
  "NODE_ENV",
  "DATABASE_URL",
  "DATA_DIR",
  "EMBEDDED_PG_PORT",
  "PORT",
  "HOST",
  "SITE_URL",
  "LOG_LEVEL",
  "DB_POOL_SIZE",
  "AUTH_SECRET",
  "ADMIN_EMAILS",
  "MAIL_TRANSPORT",
  "SMTP_URL",
  "MAIL_FROM",
  "MAIL_DIR",
] as const;

type Variables = Partial<Record<(typeof VARIABLES)[number], string>>;

async function loadEnv(variables: Variables) {
  for (const name of VARIABLES) vi.stubEnv(name, variables[name]);
  vi.resetModules();
  return import("@/lib/env");
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("lib/env.ts", () => {
  test("works on a fresh machine: every variable has a default", async () => {
    const { env } = await loadEnv({});
    // Other modules add their own variables; these are the core ones.
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env).toMatchObject({
      NODE_ENV: "development",
      DATA_DIR: ".data",
      EMBEDDED_PG_PORT: 54329,
      PORT: 3000,
      HOST: "localhost",
      SITE_URL: "http://localhost:3000",
      LOG_LEVEL: "info",
      DB_POOL_SIZE: 10,
    });
  });

  test("reads and coerces the variables that are set", async () => {
    const { env } = await loadEnv({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://app:secret@db.example:5432/tukiverkko",
      DATA_DIR: "/var/lib/tukiverkko",
      EMBEDDED_PG_PORT: "55432",
      PORT: "8080",
      HOST: "0.0.0.0",
      SITE_URL: "https://tukiverkko.fi",
      LOG_LEVEL: "warn",
      DB_POOL_SIZE: "25",
    });
    expect(env).toMatchObject({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://app:secret@db.example:5432/tukiverkko",
      DATA_DIR: "/var/lib/tukiverkko",
      EMBEDDED_PG_PORT: 55432,
      PORT: 8080,
      HOST: "0.0.0.0",
      SITE_URL: "https://tukiverkko.fi",
      LOG_LEVEL: "warn",
      DB_POOL_SIZE: 25,
    });
  });

  test("accepts both postgres:// and postgresql:// connection strings", async () => {
    expect((await loadEnv({ DATABASE_URL: "postgres://u:p@127.0.0.1:5432/db" })).env.DATABASE_URL).toBe(
      "postgres://u:p@127.0.0.1:5432/db",
    );
    expect((await loadEnv({ DATABASE_URL: "postgresql://u:p@127.0.0.1/db" })).env.DATABASE_URL).toBe(
      "postgresql://u:p@127.0.0.1/db",
    );
  });

  test.each<[string, Variables, RegExp]>([
    ["a non-PostgreSQL DATABASE_URL", { DATABASE_URL: "mysql://u:p@localhost/db" }, /DATABASE_URL: must be a postgresql:\/\/ connection string/],
    ["an unknown NODE_ENV", { NODE_ENV: "staging" }, /NODE_ENV:/],
    ["a privileged EMBEDDED_PG_PORT", { EMBEDDED_PG_PORT: "80" }, /EMBEDDED_PG_PORT:/],
    ["a port above 65535", { PORT: "70000" }, /PORT:/],
    ["a port that is not a number", { PORT: "http" }, /PORT:/],
    ["a fractional DB_POOL_SIZE", { DB_POOL_SIZE: "2.5" }, /DB_POOL_SIZE:/],
    ["a DB_POOL_SIZE of 0", { DB_POOL_SIZE: "0" }, /DB_POOL_SIZE:/],
    ["a SITE_URL that is not a URL", { SITE_URL: "tukiverkko.fi" }, /SITE_URL:/],
    ["an unknown LOG_LEVEL", { LOG_LEVEL: "verbose" }, /LOG_LEVEL:/],
  ])("rejects %s with a message naming the variable", async (_case, variables, message) => {
    const loading = loadEnv(variables);
    await expect(loading).rejects.toThrow(/^Invalid environment configuration:/);
    await expect(loading).rejects.toThrow(message);
  });

  test("reports every invalid variable at once", async () => {
    await expect(loadEnv({ PORT: "0", LOG_LEVEL: "loud", DATABASE_URL: "sqlite:db" })).rejects.toThrow(
      /(?=[\s\S]*\bPORT:)(?=[\s\S]*LOG_LEVEL:)(?=[\s\S]*DATABASE_URL:)/,
    );
  });

  test("requireDatabaseUrl returns DATABASE_URL, or says how to get one", async () => {
    const withUrl = await loadEnv({ DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/db" });
    expect(withUrl.requireDatabaseUrl()).toBe("postgresql://u:p@127.0.0.1:5432/db");

    const without = await loadEnv({});
    expect(() => without.requireDatabaseUrl()).toThrow(/DATABASE_URL is not set.*npm start/s);
  });

  test("accounts and mail: defaults for development, clear errors in production", async () => {
    const dev = await loadEnv({});
    expect(dev.env.ADMIN_EMAILS).toEqual([]);
    expect(dev.requireAuthSecret().length).toBeGreaterThanOrEqual(32);
    expect(dev.mailConfig()).toMatchObject({ transport: "file", dir: ".data/mail" });

    const prod = await loadEnv({ NODE_ENV: "production", ADMIN_EMAILS: " Admin@Example.fi, second@example.fi ," });
    expect(prod.env.ADMIN_EMAILS).toEqual(["admin@example.fi", "second@example.fi"]);
    expect(() => prod.requireAuthSecret()).toThrow(/AUTH_SECRET is not set/);
    expect(() => prod.mailConfig()).toThrow(/SMTP_URL is not set/);

    const configured = await loadEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40), SMTP_URL: "smtps://u:p@mail.example:465" });
    expect(configured.requireAuthSecret()).toBe("x".repeat(40));
    expect(configured.mailConfig()).toMatchObject({ transport: "smtp", url: "smtps://u:p@mail.example:465" });
    await expect(loadEnv({ SMTP_URL: "http://mail.example" })).rejects.toThrow(/SMTP_URL/);
    await expect(loadEnv({ AUTH_SECRET: "short" })).rejects.toThrow(/AUTH_SECRET/);
  });
});
