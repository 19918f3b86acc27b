import { beforeEach, describe, expect, test } from "vitest";
import { approveEvent, createEvent, deleteEvent, rejectEvent, saveEventTranslation, setEventFull, setEventState, updateEvent } from "../../lib/events/mutations";
import { getEditableEvent, getEventReview, getPublicEvent, listEventQueue, listFeedEvents, listManagedEvents, listNewEvents, listPublicEvents, listUpcomingEvents } from "../../lib/events/queries";
import { parseEventFilters } from "../../lib/events/filters";
import { eventSchema, type EventFormValue } from "../../lib/validation/event";
import { addDays, helsinkiToday } from "../../lib/dates/helsinki";
import { seedEvents, events as demoEvents } from "../../prisma/seed/events";
import { seedDatabase } from "../../lib/db/seed";
import { getTestPrisma, seedReference, truncateAll } from "../support/db";
import { createMemberOrganisation, createUser } from "../support/accounts";

// Events against real PostgreSQL: the organiser's writes and their moderation (the notices'
// rules), cross-organisation access through forged ids, the public list's filters and text
// search, the archive, and the demo seed.
const prisma = getTestPrisma();
beforeEach(async () => {
  await truncateAll(prisma);
  await seedReference(prisma);
});

const NOW = new Date();
const day = (n: number) => addDays(helsinkiToday(NOW), n);

function input(organisationId: string, overrides: Record<string, unknown> = {}): EventFormValue {
  const parsed = eventSchema().safeParse({
    intent: "submit",
    organisationId,
    originalLanguage: "fi",
    title: "Vapaaehtoisten perehdytys: kielikahvilan ohjaaminen",
    summary: "Kahden illan perehdytys uusille vapaaehtoisille.",
    description: "Selkokieli ja keskustelun ohjaaminen.",
    kind: "VOLUNTEER_TRAINING",
    audiences: ["volunteers"],
    themes: ["language"],
    languages: ["fi"],
    sessions: [{ date: day(10), start: "17:30", end: "20:00" }, { date: day(17), start: "17:30", end: "20:00" }],
    mode: "ONSITE",
    streetAddress: "Hämeentie 31",
    postalCode: "00500",
    municipalityCode: "091",
    contactName: "Anna",
    contactEmail: "anna@example.fi",
    ...overrides,
  });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}

async function setup() {
  const alice = await createUser(prisma);
  const bob = await createUser(prisma);
  const moderator = await createUser(prisma, { role: "MODERATOR" });
  const orgA = await createMemberOrganisation(prisma, alice, "EDITOR");
  const orgB = await createMemberOrganisation(prisma, bob, "OWNER");
  return { alice, bob, moderator, orgA, orgB };
}

const filters = (params: Record<string, string | string[]> = {}) => parseEventFilters(params);

describe("posting and moderating events", () => {
  test("a member's submitted event waits for review, is public once approved, and is audited", async () => {
    const { alice, moderator, orgA } = await setup();
    const { id, outcome } = await createEvent({ actor: alice, input: input(orgA.id) });
    expect(outcome).toBe("submitted");
    expect(await getPublicEvent(id, "fi")).toBeUndefined();
    const queue = await listEventQueue({ actor: moderator, locale: "fi" });
    expect(queue.map((q) => q.id)).toEqual([id]);
    const review = await getEventReview({ actor: moderator, eventId: id });
    expect(review?.proposed.title).toBe("Vapaaehtoisten perehdytys: kielikahvilan ohjaaminen");
    expect(await approveEvent({ actor: moderator, eventId: id, version: review!.contentVersion })).toBe("published");
    const event = await getPublicEvent(id, "fi");
    expect(event?.sessions).toHaveLength(2);
    expect(event?.regionCode).toBe("01");
    const audit = await prisma.auditEntry.findMany({ where: { entityType: "event", entityId: id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["event.create-submitted", "moderation.approve-event"]);
  });

  test("a trusted organisation's event publishes at once; an edit of a published event by an untrusted one waits as a revision", async () => {
    const { alice, bob, moderator, orgA } = await setup();
    const trusted = await createMemberOrganisation(prisma, bob, "OWNER", { trusted: true });
    expect((await createEvent({ actor: bob, input: input(trusted.id) })).outcome).toBe("published");

    const { id } = await createEvent({ actor: alice, input: input(orgA.id) });
    await approveEvent({ actor: moderator, eventId: id, version: (await getEventReview({ actor: moderator, eventId: id }))!.contentVersion });
    expect(await updateEvent({ actor: alice, eventId: id, input: input(orgA.id, { eventId: id, title: "Uusi otsikko" }) })).toBe("revision-submitted");
    expect((await getPublicEvent(id, "fi"))?.title).toBe("Vapaaehtoisten perehdytys: kielikahvilan ohjaaminen");
    const review = await getEventReview({ actor: moderator, eventId: id });
    expect(review?.isEdit).toBe(true);
    expect(review?.changed).toContain("title");
    // A decision on a version the organiser has since changed publishes nothing.
    await expect(approveEvent({ actor: moderator, eventId: id, version: review!.contentVersion - 1 })).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await approveEvent({ actor: moderator, eventId: id, version: review!.contentVersion })).toBe("revision-published");
    expect((await getPublicEvent(id, "fi"))?.title).toBe("Uusi otsikko");
  });

  test("a rejected event stays private with the moderator's feedback; only moderators decide", async () => {
    const { alice, moderator, orgA } = await setup();
    const { id } = await createEvent({ actor: alice, input: input(orgA.id) });
    const version = (await getEventReview({ actor: moderator, eventId: id }))!.contentVersion;
    await expect(approveEvent({ actor: alice, eventId: id, version })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listEventQueue({ actor: alice, locale: "fi" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await rejectEvent({ actor: moderator, eventId: id, version, feedback: "Lisää ohjelma." })).toBe("rejected");
    expect((await getEditableEvent({ actor: alice, eventId: id }))?.moderationFeedback).toBe("Lisää ohjelma.");
    expect(await getPublicEvent(id, "fi")).toBeUndefined();
  });

  test("the organiser marks an event cancelled, moved online or full; cancelled events stay in the calendar feed", async () => {
    const { bob } = await setup();
    const trusted = await createMemberOrganisation(prisma, bob, "OWNER", { trusted: true });
    const { id } = await createEvent({ actor: bob, input: input(trusted.id) });
    await setEventState({ actor: bob, eventId: id, state: "CANCELLED", note: "Kouluttaja sairastui." });
    await setEventFull({ actor: bob, eventId: id, full: true });
    const event = await getPublicEvent(id, "fi");
    expect(event).toMatchObject({ state: "CANCELLED", stateNote: "Kouluttaja sairastui.", full: true });
    expect((await listFeedEvents({ filters: filters() })).map((e) => e.id)).toContain(id);
    await setEventState({ actor: bob, eventId: id, state: "MOVED_ONLINE", onlineUrl: "https://meet.example.fi/x" });
    expect(await getPublicEvent(id, "fi")).toMatchObject({ state: "MOVED_ONLINE", mode: "ONLINE", onlineUrl: "https://meet.example.fi/x" });
  });
});

describe("another organisation's events", () => {
  test("cannot be read, edited, translated, marked, deleted or taken over through a forged organisation id", async () => {
    const { alice, bob, orgA, orgB } = await setup();
    const { id } = await createEvent({ actor: bob, input: input(orgB.id) });
    const before = await prisma.event.findUniqueOrThrow({ where: { id }, include: { translations: true, sessions: true } });
    expect(await getEditableEvent({ actor: alice, eventId: id })).toBeUndefined();
    expect(await listManagedEvents({ actor: alice, organisationId: orgB.id, locale: "fi" })).toEqual([]);
    const attempts = [
      () => updateEvent({ actor: alice, eventId: id, input: input(orgA.id, { eventId: id, title: "Kaapattu" }) }),
      () => saveEventTranslation({ actor: alice, input: { eventId: id, locale: "en", title: "x", summary: "x", description: "x" } }),
      () => setEventState({ actor: alice, eventId: id, state: "CANCELLED" }),
      () => setEventFull({ actor: alice, eventId: id, full: true }),
      () => deleteEvent({ actor: alice, eventId: id }),
      () => createEvent({ actor: alice, input: input(orgB.id) }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.event.findUniqueOrThrow({ where: { id }, include: { translations: true, sessions: true } })).toEqual(before);
    expect(await prisma.event.count({ where: { organisationId: orgB.id } })).toBe(1);
  });
});

describe("the public list", () => {
  async function published() {
    const { bob } = await setup();
    const org = await createMemberOrganisation(prisma, bob, "OWNER", { trusted: true });
    const make = async (overrides: Record<string, unknown>) => (await createEvent({ actor: bob, input: input(org.id, overrides) })).id;
    const helsinki = await make({});
    const webinar = await make({ title: "Webinaari: kotoutumislain muutokset 2026", summary: "Mitä laki muuttaa.", kind: "WEBINAR", audiences: ["authorities"], mode: "ONLINE", streetAddress: undefined, postalCode: undefined, municipalityCode: undefined, onlineUrl: "https://meet.example.fi/w", nationwide: true, sessions: [{ date: day(40), start: "09:00", end: "11:00" }] });
    const oulu = await make({ title: "Verkostotapaaminen Oulussa", summary: "Koordinaattorit tapaavat.", kind: "NETWORK_MEETING", audiences: ["authorities"], municipalityCode: "564", isFree: "no", priceText: "20 €", languages: ["fi", "en"], sessions: [{ date: day(3), start: "12:00", end: "15:00" }] });
    // Already over: the archive only.
    const past = await make({});
    await prisma.event.update({ where: { id: past }, data: { startsAt: new Date(NOW.getTime() - 5 * 86_400_000), endsAt: new Date(NOW.getTime() - 5 * 86_400_000 + 3_600_000) } });
    return { org, helsinki, webinar, oulu, past };
  }
  const ids = (r: { items: { id: string }[] }) => r.items.map((i) => i.id);

  test("shows upcoming events soonest first and past ones only in the archive", async () => {
    const e = await published();
    expect(ids(await listPublicEvents({ filters: filters(), locale: "fi" }))).toEqual([e.oulu, e.helsinki, e.webinar]);
    expect(ids(await listPublicEvents({ filters: filters(), locale: "fi", archive: true }))).toEqual([e.past]);
    expect((await listUpcomingEvents({ locale: "fi", organisationId: e.org.id, limit: 2 })).total).toBe(3);
  });

  test("filters by place (nationwide events included), online, free, kind, audience, language and dates", async () => {
    const e = await published();
    const list = async (params: Record<string, string | string[]>) => ids(await listPublicEvents({ filters: filters(params), locale: "fi" })).sort();
    expect(await list({ municipality: "564" })).toEqual([e.oulu, e.webinar].sort());
    expect(await list({ region: "01" })).toEqual([e.helsinki, e.webinar].sort());
    expect(await list({ online: "1" })).toEqual([e.webinar]);
    expect(await list({ free: "1" })).toEqual([e.helsinki, e.webinar].sort());
    expect(await list({ kind: "NETWORK_MEETING" })).toEqual([e.oulu]);
    expect(await list({ audience: "authorities" })).toEqual([e.oulu, e.webinar].sort());
    expect(await list({ lang: "en" })).toEqual([e.oulu]);
    expect(await list({ from: day(30) })).toEqual([e.webinar]);
    expect(await list({ to: day(5) })).toEqual([e.oulu]);
    expect(await list({ month: day(40).slice(0, 7) })).toContain(e.webinar);
  });

  test("finds by text with activity search's word analysis: inflections, compounds, typos, another language", async () => {
    const e = await published();
    const search = async (q: string) => listPublicEvents({ filters: filters({ q }), locale: "fi" });
    expect(ids(await search("kotoutumislaki"))).toEqual([e.webinar]);
    expect(ids(await search("kielikahvilaa"))).toContain(e.helsinki);
    expect(ids(await search("perehdytyksen"))).toContain(e.helsinki);
    expect(ids(await search("webinari"))).toEqual([e.webinar]); // a typo
    expect(ids(await search("oulu"))).toEqual([e.oulu]);
    const none = await search("xylofoni");
    expect(none.total).toBe(0);
    expect(none.unmatched).toEqual(["xylofoni"]);
    expect((await listFeedEvents({ filters: filters({ q: "webinaari" }) })).map((x) => x.id)).toEqual([e.webinar]);
    expect((await listNewEvents({ filters: filters({ kind: "WEBINAR" }) })).map((x) => x.id)).toEqual([e.webinar]);
  });
});

describe("the demo seed", () => {
  test("has at least 30 events in at least 10 regions over six months, some past, cancelled, online, translated, in fi, sv and en", async () => {
    await seedDatabase(prisma, { now: NOW });
    const rows = await prisma.event.findMany({ where: { status: "PUBLISHED" }, include: { translations: true } });
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(new Set(rows.map((r) => r.regionCode).filter(Boolean)).size).toBeGreaterThanOrEqual(10);
    expect(rows.some((r) => r.endsAt < NOW)).toBe(true);
    expect(rows.some((r) => r.state === "CANCELLED")).toBe(true);
    expect(rows.some((r) => r.mode === "ONLINE")).toBe(true);
    expect(new Set(rows.map((r) => r.originalLanguage))).toEqual(new Set(["fi", "sv", "en"]));
    expect(rows.filter((r) => r.translations.length > 1).length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...rows.map((r) => r.startsAt.getTime()))).toBeLessThanOrEqual(NOW.getTime() + 183 * 86_400_000);
    // Idempotent: a second run writes the same rows.
    await seedEvents(prisma, NOW);
    expect(await prisma.event.count()).toBe(demoEvents.length);
  }, 240_000);
});
