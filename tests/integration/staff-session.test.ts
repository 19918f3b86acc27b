import { beforeEach, describe, expect, it } from "vitest";
import { capStaffSession, STAFF_SESSION_HOURS } from "@/lib/auth/staff-session";
import { endAllSessions } from "@/lib/auth/users";
import { getTestPrisma, truncateAll } from "../support/db";

const prisma = getTestPrisma();
const HOUR = 3_600_000;
beforeEach(() => truncateAll(prisma));

async function session(createdHoursAgo: number, expiresInHours = 30 * 24) {
  const user = await prisma.user.create({ data: { email: `mod-${Math.random()}@example.fi`, role: "MODERATOR" } });
  return prisma.session.create({
    data: { sessionToken: `t-${Math.random()}`, userId: user.id, createdAt: new Date(Date.now() - createdHoursAgo * HOUR), expires: new Date(Date.now() + expiresInHours * HOUR) },
  });
}

describe("staff sessions", () => {
  it("end 12 hours after sign-in: the expiry Auth.js extended is pulled back", async () => {
    const row = await session(1);
    expect(await capStaffSession(prisma, row)).toEqual({ expired: false });
    const after = await prisma.session.findUniqueOrThrow({ where: { sessionToken: row.sessionToken } });
    expect(after.expires.getTime()).toBe(row.createdAt.getTime() + STAFF_SESSION_HOURS * HOUR);
  });

  it("are deleted when read after their 12 hours", async () => {
    const row = await session(13);
    expect(await capStaffSession(prisma, row)).toEqual({ expired: true });
    expect(await prisma.session.findUnique({ where: { sessionToken: row.sessionToken } })).toBeNull();
  });

  it("are left alone when they already end in time", async () => {
    const row = await session(2, 3);
    expect(await capStaffSession(prisma, row)).toEqual({ expired: false });
    expect((await prisma.session.findUniqueOrThrow({ where: { sessionToken: row.sessionToken } })).expires).toEqual(row.expires);
  });
});

describe("signing out everywhere", () => {
  it("ends every session of the user, and only theirs, with an audit entry", async () => {
    const mine = await session(1);
    await prisma.session.create({ data: { sessionToken: `t-${Math.random()}`, userId: mine.userId, expires: new Date(Date.now() + HOUR) } });
    const someoneElse = await session(1);
    expect(await endAllSessions(mine.userId)).toBe(2);
    expect(await prisma.session.count({ where: { userId: mine.userId } })).toBe(0);
    expect(await prisma.session.count({ where: { userId: someoneElse.userId } })).toBe(1);
    const audit = await prisma.auditEntry.findMany({ where: { action: "user.sign-out-everywhere" } });
    expect(audit).toEqual([expect.objectContaining({ actorId: mine.userId, entityId: mine.userId, changes: { sessions: 2 } })]);
  });
});
