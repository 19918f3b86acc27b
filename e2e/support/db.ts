import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type { BrowserContext } from "@playwright/test";
import { createPrismaClient, type PrismaClient } from "../../lib/db/client";
import { E2E_STATE_FILE } from "./paths";

// Direct access to the e2e server's database, for what a test needs as its starting point:
// users with sessions (so that only the journey spec spends sign-in emails), organisations.
let client: PrismaClient | undefined;

export function e2eState(): { databaseUrl: string; mailDir: string; baseURL: string; authSecret: string } {
  return JSON.parse(readFileSync(E2E_STATE_FILE, "utf8"));
}

export function db(): PrismaClient {
  client ??= createPrismaClient(e2eState().databaseUrl);
  return client;
}

export function unique(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** A user with a database session, signed in in this browser context (as after a magic link). */
export async function signInAs(context: BrowserContext, options: { email?: string; role?: "USER" | "MODERATOR" | "ADMIN"; userId?: string } = {}) {
  const prisma = db();
  const user = options.userId
    ? await prisma.user.findUniqueOrThrow({ where: { id: options.userId } })
    : await prisma.user.create({ data: { email: options.email ?? `${unique("user")}@example.fi`, role: options.role ?? "USER", emailVerified: new Date() } });
  const sessionToken = randomBytes(32).toString("hex");
  await prisma.session.create({ data: { sessionToken, userId: user.id, expires: new Date(Date.now() + 86_400_000) } });
  await context.addCookies([{ name: "authjs.session-token", value: sessionToken, domain: "127.0.0.1", path: "/", httpOnly: true, sameSite: "Lax" }]);
  return user;
}

/** An organisation with the user as its owner (or editor), and optionally a notice. */
export async function organisationFor(userId: string, options: { role?: "OWNER" | "EDITOR"; name?: string } = {}) {
  const prisma = db();
  const org = await prisma.organisation.create({ data: { name: options.name ?? unique("Yhdistys"), kind: "ASSOCIATION", email: "info@example.fi", profileReviewedAt: new Date() } });
  await prisma.membership.create({ data: { userId, organisationId: org.id, role: options.role ?? "OWNER" } });
  return org;
}

export async function draftNotice(organisationId: string, title = unique("Luonnos")) {
  return db().activity.create({
    data: {
      organisationId,
      status: "DRAFT",
      originalLanguage: "fi",
      mode: "ONSITE",
      validUntil: new Date(Date.now() + 90 * 86_400_000),
      translations: { create: { locale: "fi", title, summary: "Tiivistelmä", description: "Kuvaus", howToJoin: "Tule paikalle", integrationSupport: "Suomen kieli" } },
    },
  });
}
