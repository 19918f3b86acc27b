// Reference data (regions, municipalities) and demo content (organisations, activities,
// users). Deterministic and idempotent: fixed ids, and every date is a day offset from
// `options.now`, so running it twice — or tomorrow — gives the same rows and demo notices
// that never expire. The content itself lives in prisma/seed/*.ts.

import { readFileSync } from "node:fs";
import { Prisma, PrismaClient } from "./generated/client";
import { isSlug, type TaxonomyKind } from "../reference/taxonomies";
import { isActivityLanguage } from "../reference/languages";
import { organisations } from "../../prisma/seed/organisations";
import { activities } from "../../prisma/seed/activities";
import { seedNews } from "../../prisma/seed/news";
import type { SeedActivity, SeedOrganisation, SeedPause, SeedSlot } from "../../prisma/seed/types";
import { syncSearchDocument } from "../search/sync";
import { RECORD_ID_PATTERN as ID_PATTERN } from "../validation/record-id";
import { seedEvents } from "../../prisma/seed/events";
import { seedCoverage } from "../../prisma/seed/coverage";

export type SeedOptions = { now?: Date; log?: (msg: string) => void };
export type SeedCounts = {
  regions: number;
  municipalities: number;
  organisations: number;
  activities: number;
  /** Seeded activities that are public: PUBLISHED, validUntil in the future, not deleted. */
  published: number;
};

/** Well-known demo rows for tests. */
export const DEMO_IDS = {
  /** Published, originally Finnish, with sv and en translations. */
  publishedActivity: "demo-act-001",
  /** Published, originally Arabic. */
  arabicActivity: "demo-act-004",
  /** PUBLISHED but validUntil is in the past. */
  expiredActivity: "demo-act-expired-1",
  draftActivity: "demo-act-draft-1",
  archivedActivity: "demo-act-archived-1",
  /** Organisation with at least three published activities. */
  organisation: "demo-org-01",
} as const;

export const DEMO_USERS = {
  organiser: { id: "demo-user-organiser", email: "organiser@example.fi", name: "Olivia Järjestäjä", role: "USER" },
  moderator: { id: "demo-user-moderator", email: "moderator@example.fi", name: "Matti Moderaattori", role: "MODERATOR" },
  admin: { id: "demo-user-admin", email: "admin@example.fi", name: "Aino Ylläpitäjä", role: "ADMIN" },
} as const;

/** The organiser owns these organisations. */
export const ORGANISER_ORGANISATIONS = ["demo-org-01", "demo-org-04"] as const;

const MUNICIPALITIES_CSV = new URL("../../prisma/data/municipalities.csv", import.meta.url);
const DAY = 86_400_000;

// ---------------------------------------------------------------------------
// Reference data

export type RegionRow = { code: string; nameFi: string; nameSv: string; nameEn: string };
export type MunicipalityRow = { code: string; nameFi: string; nameSv: string; regionCode: string; population: number };

/** Parses prisma/data/municipalities.csv (plain CSV, no quoted fields, CRLF or LF). */
export function readMunicipalityData(csv: string = readFileSync(MUNICIPALITIES_CSV, "utf8")): {
  regions: RegionRow[];
  municipalities: MunicipalityRow[];
} {
  const lines = csv.replace(/^\uFEFF/, "").split(/\r?\n/).filter((line) => line.trim() !== "");
  const header = lines[0]?.split(",") ?? [];
  const column = (name: string): number => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`municipalities.csv: missing column ${name}`);
    return index;
  };
  const c = {
    code: column("code"),
    nameFi: column("name_fi"),
    nameSv: column("name_sv"),
    regionCode: column("region_code"),
    regionFi: column("region_fi"),
    regionSv: column("region_sv"),
    regionEn: column("region_en"),
    population: column("population_2020"),
  };
  const regions = new Map<string, RegionRow>();
  const municipalities: MunicipalityRow[] = [];
  for (const [i, line] of lines.slice(1).entries()) {
    if (line.includes('"')) throw new Error(`municipalities.csv line ${i + 2}: quoted fields are not supported`);
    const f = line.split(",");
    if (f.length !== header.length) throw new Error(`municipalities.csv line ${i + 2}: expected ${header.length} fields`);
    const at = (index: number): string => (f[index] ?? "").trim();
    const code = at(c.code);
    const regionCode = at(c.regionCode);
    const population = Number(at(c.population));
    if (!/^\d{3}$/.test(code) || !/^\d{2}$/.test(regionCode) || !Number.isInteger(population)) {
      throw new Error(`municipalities.csv line ${i + 2}: bad code, region code or population`);
    }
    municipalities.push({ code, nameFi: at(c.nameFi), nameSv: at(c.nameSv), regionCode, population });
    if (!regions.has(regionCode)) {
      regions.set(regionCode, { code: regionCode, nameFi: at(c.regionFi), nameSv: at(c.regionSv), nameEn: at(c.regionEn) });
    }
  }
  return { regions: [...regions.values()].sort((a, b) => a.code.localeCompare(b.code)), municipalities };
}

async function seedReferenceData(prisma: PrismaClient, log: (msg: string) => void) {
  const { regions, municipalities } = readMunicipalityData();

  const existingRegions = new Map((await prisma.region.findMany()).map((r) => [r.code, r]));
  const existingMunicipalities = new Map((await prisma.municipality.findMany()).map((m) => [m.code, m]));
  const changedRegions = regions.filter((r) => {
    const e = existingRegions.get(r.code);
    return e && (e.nameFi !== r.nameFi || e.nameSv !== r.nameSv || e.nameEn !== r.nameEn);
  });
  const changedMunicipalities = municipalities.filter((m) => {
    const e = existingMunicipalities.get(m.code);
    return (
      e &&
      (e.nameFi !== m.nameFi || e.nameSv !== m.nameSv || e.regionCode !== m.regionCode || e.population !== m.population)
    );
  });

  await prisma.$transaction([
    prisma.region.createMany({ data: regions.filter((r) => !existingRegions.has(r.code)) }),
    ...changedRegions.map((r) => prisma.region.update({ where: { code: r.code }, data: r })),
    prisma.municipality.createMany({ data: municipalities.filter((m) => !existingMunicipalities.has(m.code)) }),
    ...changedMunicipalities.map((m) => prisma.municipality.update({ where: { code: m.code }, data: m })),
  ]);
  log(`Reference data: ${regions.length} regions, ${municipalities.length} municipalities`);
  return { regions: regions.length, municipalities: municipalities.length };
}

// ---------------------------------------------------------------------------
// Helpers for the demo content

const at = (now: Date, days: number): Date => new Date(now.getTime() + days * DAY);

/** A calendar date (UTC midnight) `days` from now, for @db.Date columns. */
function dateAt(now: Date, days: number): Date {
  const d = at(now, days);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** Small stable number from an id, used for default day offsets. */
function idNumber(id: string): number {
  let h = 7;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) % 100_003;
  return h;
}

const SLOT_PATTERN = /^(mon|tue|wed|thu|fri|sat|sun) (\d{2}):(\d{2})-(\d{2}):(\d{2})(?: \/([1-4]))?$/;
const WEEKDAY_NUMBERS = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 } as const;

export function parseSlot(slot: SeedSlot): { weekday: number; startMinute: number; endMinute: number; everyNWeeks: number } {
  const m = SLOT_PATTERN.exec(slot);
  if (!m) throw new Error(`bad schedule slot "${slot}"`);
  const [, day, h1, m1, h2, m2, every] = m;
  return {
    weekday: WEEKDAY_NUMBERS[day as keyof typeof WEEKDAY_NUMBERS],
    startMinute: Number(h1) * 60 + Number(m1),
    endMinute: Number(h2) * 60 + Number(m2),
    everyNWeeks: every ? Number(every) : 1,
  };
}

function pauseDates(pause: SeedPause, now: Date): { startDate: Date; endDate: Date } {
  if (typeof pause === "object") return { startDate: dateAt(now, pause.fromDay), endDate: dateAt(now, pause.toDay) };
  const year = now.getUTCFullYear();
  const utc = (y: number, month: number, day: number) => new Date(Date.UTC(y, month - 1, day));
  if (pause === "christmas") {
    // The Christmas break that has not ended yet: 20.12. – 7.1.
    const start = now.getTime() <= utc(year, 1, 7).getTime() ? year - 1 : year;
    return { startDate: utc(start, 12, 20), endDate: utc(start + 1, 1, 7) };
  }
  const summer = now.getTime() <= utc(year, 8, 10).getTime() ? year : year + 1;
  return { startDate: utc(summer, 6, 15), endDate: utc(summer, 8, 10) };
}

/** Municipalities an activity serves: its places' municipalities plus the extra ones. */
export function servedMunicipalities(a: SeedActivity): string[] {
  if (a.nationwide) return [];
  const codes = [...(a.places ?? []).map((p) => p.municipalityCode), ...(a.alsoServes ?? [])];
  return [...new Set(codes)];
}

function resolveDates(a: SeedActivity, now: Date) {
  const n = idNumber(a.id);
  const status = a.status ?? "PUBLISHED";
  const confirmedDaysAgo = a.dates?.confirmedDaysAgo ?? 1 + (n % 120);
  const validDays = a.dates?.validDays ?? 30 + (n % 151);
  const defaultPublished =
    status === "PUBLISHED" || status === "ARCHIVED" ? Math.min(200, confirmedDaysAgo + 1 + ((n * 7) % 80)) : null;
  const publishedDaysAgo = a.dates?.publishedDaysAgo === undefined ? defaultPublished : a.dates.publishedDaysAgo;
  const createdDaysAgo = Math.max(publishedDaysAgo ?? 0, confirmedDaysAgo) + 2 + (n % 5);
  return {
    validUntil: at(now, validDays),
    lastConfirmedAt: at(now, -confirmedDaysAgo),
    publishedAt: publishedDaysAgo === null ? null : at(now, -publishedDaysAgo),
    deletedAt: a.dates?.deletedDaysAgo === undefined ? null : at(now, -a.dates.deletedDaysAgo),
    createdAt: at(now, -createdDaysAgo),
  };
}

/** True when the seeded activity is visible to the public at `now`. */
export function isPublic(a: SeedActivity, now: Date): boolean {
  const d = resolveDates(a, now);
  return (a.status ?? "PUBLISHED") === "PUBLISHED" && d.validUntil > now && d.deletedAt === null;
}

function activityRow(a: SeedActivity, now: Date): Prisma.ActivityUncheckedCreateInput {
  return {
    id: a.id,
    organisationId: a.organisationId,
    status: a.status ?? "PUBLISHED",
    originalLanguage: a.originalLanguage,
    themes: a.themes,
    targetGroups: a.targetGroups,
    forms: a.forms,
    languages: a.languages,
    supportLanguages: a.supportLanguages ?? [],
    finnishLevel: a.finnishLevel ?? "NONE",
    mode: a.mode ?? "ONSITE",
    nationwide: a.nationwide ?? false,
    municipalities: servedMunicipalities(a),
    isFree: a.isFree ?? true,
    registration: a.registration ? "REQUIRED" : "DROP_IN",
    registrationUrl: a.registration?.url ?? null,
    registrationEmail: a.registration?.email ?? null,
    registrationPhone: a.registration?.phone ?? null,
    onlineUrl: a.onlineUrl ?? null,
    acceptsReferrals: a.acceptsReferrals ?? false,
    contactBeforeReferral: a.contactBeforeReferral ?? false,
    childcare: a.childcare ?? false,
    accessibility: a.accessibility ?? [],
    genderSpace: a.genderSpace ?? "ALL",
    ageMin: a.ageMin ?? null,
    ageMax: a.ageMax ?? null,
    contactName: a.contact.name,
    contactEmail: a.contact.email ?? null,
    contactPhone: a.contact.phone ?? null,
    startDate: a.course ? dateAt(now, a.course.startDay) : null,
    endDate: a.course ? dateAt(now, a.course.endDay) : null,
    ...resolveDates(a, now),
    ...demoCapacity(a, now),
  };
}

/**
 * Varied demo capacity statuses (docs/decisions/011), derived from the id so the seed stays
 * deterministic: some fresh, some older than 30 days (shown as unknown), most never set.
 */
export function demoCapacity(a: SeedActivity, now: Date): Pick<Prisma.ActivityUncheckedCreateInput, "capacityStatus" | "capacitySetAt"> {
  const n = idNumber(a.id);
  const choice = [
    { status: "ROOM", daysAgo: 3 },
    { status: "FULL", daysAgo: 9 },
    { status: "WAITING_LIST", daysAgo: 12 },
    { status: "ROOM", daysAgo: 45 },
    { status: "FULL", daysAgo: 60 },
  ] as const;
  const pick = n % 3 === 0 ? choice[(n / 3) % choice.length] : undefined;
  return pick ? { capacityStatus: pick.status, capacitySetAt: at(now, -pick.daysAgo) } : { capacityStatus: null, capacitySetAt: null };
}

/** A few demo problem reports: one fresh, one unanswered for three weeks (shown to readers). */
async function seedReports(prisma: PrismaClient, now: Date) {
  const visible = activities.filter((a) => isPublic(a, now));
  const demo = [
    { activity: visible[2], daysAgo: 2, reports: [{ reason: "CONTACT", message: "Puhelinnumeroon ei vastata." }] },
    {
      activity: visible[7],
      daysAgo: 21,
      reports: [
        { reason: "NOT_RUNNING", message: "Ovi oli kiinni kahtena tiistaina peräkkäin." },
        { reason: "TIME_PLACE", message: null },
        { reason: "NOT_RUNNING", message: "Kirjastossa sanottiin, että ryhmä on lopettanut." },
      ],
    },
  ] as const;
  await prisma.reportGroup.deleteMany({ where: { id: { startsWith: "demo-rg-" } } });
  for (const [i, d] of demo.entries()) {
    if (!d.activity) continue;
    const opened = at(now, -d.daysAgo);
    await prisma.reportGroup.create({
      data: {
        id: `demo-rg-${i + 1}`,
        activityId: d.activity.id,
        openedAt: opened,
        lastReportAt: opened,
        reportCount: d.reports.length,
        reports: { create: d.reports.map((r, k) => ({ id: `demo-rg-${i + 1}-${k + 1}`, reason: r.reason, message: r.message, locale: "fi", createdAt: opened })) },
      },
    });
  }
}

// ---------------------------------------------------------------------------
// Validation of the demo content (also used by unit tests)

function businessIdValid(id: string): boolean {
  const m = /^(\d{7})-(\d)$/.exec(id);
  if (!m) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const sum = [...m[1]!].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
  const r = sum % 11;
  if (r === 1) return false;
  return Number(m[2]) === (r === 0 ? 0 : 11 - r);
}

// First two digits of the postal codes of the municipalities the demo venues are in.
const POSTAL_PREFIXES: Record<string, string[]> = {
  "091": ["00"], "049": ["02"], "092": ["01"], "245": ["04"], "638": ["06"], "710": ["10"],
  "853": ["20"], "609": ["28"], "837": ["33"], "109": ["13"], "398": ["15"], "285": ["48"],
  "405": ["53"], "491": ["50"], "297": ["70"], "167": ["80"], "179": ["40"], "743": ["60"],
  "905": ["65"], "499": ["65"], "545": ["64"], "598": ["68"], "272": ["67"], "564": ["90"],
  "698": ["96"], "205": ["87"], "153": ["55"], "734": ["24"], "106": ["05"], "286": ["45"],
  "694": ["11"], "186": ["04"], "444": ["08"], "740": ["57"], "684": ["26"], "434": ["07"],
  "287": ["64"], "257": ["02"], "240": ["94"], "536": ["37"],
};

/** Problems in the demo content; empty when it is consistent. */
export function validateSeedContent(
  orgs: SeedOrganisation[] = organisations,
  acts: SeedActivity[] = activities,
  municipalityCodes: Set<string> = new Set(readMunicipalityData().municipalities.map((m) => m.code)),
): string[] {
  const problems: string[] = [];
  const orgIds = new Set<string>();
  const businessIds = new Set<string>();
  for (const o of orgs) {
    const p = (msg: string) => problems.push(`organisation ${o.id}: ${msg}`);
    if (!ID_PATTERN.test(o.id)) p("bad id");
    if (orgIds.has(o.id)) p("duplicate id");
    orgIds.add(o.id);
    if (o.businessId !== null) {
      if (!businessIdValid(o.businessId)) p(`invalid business id ${o.businessId}`);
      if (businessIds.has(o.businessId)) p("duplicate business id");
      businessIds.add(o.businessId);
    }
    if (o.kind === "ASSOCIATION" && o.businessId === null) p("association without business id");
    if (o.kind === "INFORMAL" && o.businessId !== null) p("informal group with a business id");
    if (o.municipalities.length < 1 || o.municipalities.length > 4) p("must work in 1–4 municipalities");
    for (const code of o.municipalities) if (!municipalityCodes.has(code)) p(`unknown municipality ${code}`);
  }

  const activityIds = new Set<string>();
  for (const a of acts) {
    const p = (msg: string) => problems.push(`activity ${a.id}: ${msg}`);
    if (!ID_PATTERN.test(a.id)) p("bad id");
    if (activityIds.has(a.id)) p("duplicate id");
    activityIds.add(a.id);
    if (!orgIds.has(a.organisationId)) p(`unknown organisation ${a.organisationId}`);
    const slugs: [TaxonomyKind, string[]][] = [
      ["themes", a.themes],
      ["targetGroups", a.targetGroups],
      ["forms", a.forms],
      ["accessibility", a.accessibility ?? []],
    ];
    for (const [kind, values] of slugs) {
      for (const value of values) if (!isSlug(kind, value)) p(`unknown ${kind} slug ${value}`);
      if (new Set(values).size !== values.length) p(`duplicate ${kind}`);
    }
    if (a.themes.length === 0 || a.targetGroups.length === 0 || a.forms.length === 0) p("empty taxonomy");
    for (const code of [a.originalLanguage, ...a.languages, ...(a.supportLanguages ?? [])]) {
      if (!isActivityLanguage(code)) p(`unknown language ${code}`);
    }
    if (a.languages.length === 0) p("no languages");
    const mode = a.mode ?? "ONSITE";
    const places = a.places ?? [];
    if (mode === "ONLINE" && places.length > 0) p("online activity with places");
    if (mode !== "ONLINE" && places.length === 0) p("on-site activity without places");
    if (mode !== "ONSITE" && !a.onlineUrl && !a.registration) p("online part without onlineUrl or registration");
    if (a.nationwide && mode !== "ONLINE") p("nationwide but not online");
    if (!a.nationwide && servedMunicipalities(a).length === 0) p("serves no municipality");
    for (const code of a.alsoServes ?? []) if (!municipalityCodes.has(code)) p(`unknown municipality ${code}`);
    for (const place of places) {
      if (!municipalityCodes.has(place.municipalityCode)) p(`place in unknown municipality ${place.municipalityCode}`);
      if (!/^\d{5}$/.test(place.postalCode)) p(`bad postal code ${place.postalCode}`);
      const prefixes = POSTAL_PREFIXES[place.municipalityCode];
      if (prefixes && !prefixes.includes(place.postalCode.slice(0, 2))) {
        p(`postal code ${place.postalCode} does not match municipality ${place.municipalityCode}`);
      }
    }
    if (a.slots.length < 1 || a.slots.length > 3) p("needs 1–3 schedule slots");
    for (const slot of a.slots) {
      try {
        const s = parseSlot(slot);
        if (s.endMinute <= s.startMinute || s.endMinute > 24 * 60) p(`bad slot times ${slot}`);
      } catch {
        p(`bad slot ${slot}`);
      }
    }
    if (a.registration && !a.registration.url && !a.registration.email && !a.registration.phone) {
      p("registration required but no url, email or phone");
    }
    if (a.contactBeforeReferral && !a.acceptsReferrals) p("contactBeforeReferral without acceptsReferrals");
    if (a.ageMin !== undefined && a.ageMax !== undefined && a.ageMin > a.ageMax) p("ageMin > ageMax");
    if (a.course && a.course.endDay <= a.course.startDay) p("course ends before it starts");
    const translations = Object.entries(a.translations);
    if (!a.translations[a.originalLanguage]) p(`no translation in the original language ${a.originalLanguage}`);
    for (const [locale, t] of translations) {
      if (!t) continue;
      const tp = (msg: string) => p(`[${locale}] ${msg}`);
      if (!isActivityLanguage(locale)) tp("unknown locale");
      for (const field of ["title", "summary", "description", "howToJoin", "integrationSupport"] as const) {
        if (!t[field] || t[field].trim() === "") tp(`empty ${field}`);
      }
      if (t.title.length > 80) tp(`title longer than 80 characters (${t.title.length})`);
      if (a.isFree === false && !t.costNote) tp("not free but no costNote");
      if (t.easySummary && locale !== "fi") tp("easySummary is for Finnish plain language");
    }
    const status = a.status ?? "PUBLISHED";
    const valid = a.dates?.validDays;
    if (status === "PUBLISHED" && valid !== undefined && valid >= 0 && (valid < 30 || valid > 180)) {
      p("validDays should be 30..180");
    }
  }

  // The well-known ids must describe what DEMO_IDS promises.
  if (acts === activities) {
    const now = new Date();
    const byId = new Map(acts.map((a) => [a.id, a]));
    const check = (key: keyof typeof DEMO_IDS, ok: (a: SeedActivity) => boolean) => {
      const a = byId.get(DEMO_IDS[key]);
      if (!a || !ok(a)) problems.push(`DEMO_IDS.${key} (${DEMO_IDS[key]}) does not match its description`);
    };
    check("publishedActivity", (a) => isPublic(a, now) && a.originalLanguage === "fi" && !!a.translations.sv && !!a.translations.en);
    check("arabicActivity", (a) => isPublic(a, now) && a.originalLanguage === "ar");
    check("expiredActivity", (a) => (a.status ?? "PUBLISHED") === "PUBLISHED" && (a.dates?.validDays ?? 0) < 0);
    check("draftActivity", (a) => a.status === "DRAFT");
    check("archivedActivity", (a) => a.status === "ARCHIVED");
    const orgPublic = acts.filter((a) => a.organisationId === DEMO_IDS.organisation && isPublic(a, now)).length;
    if (orgPublic < 3) problems.push(`DEMO_IDS.organisation has only ${orgPublic} public activities`);
  }
  return problems;
}

// ---------------------------------------------------------------------------
// Writing

async function seedOrganisations(prisma: PrismaClient) {
  const ids = organisations.map((o) => o.id);
  await prisma.$transaction([
    // Demo organisations removed from the content since the last run (cascades to their activities).
    prisma.organisation.deleteMany({ where: { id: { startsWith: "demo-", notIn: ids } } }),
    ...organisations.map((o) => {
      const row = {
        name: o.name,
        kind: o.kind,
        businessId: o.businessId,
        website: o.website ?? null,
        email: o.email ?? null,
        phone: o.phone ?? null,
        trusted: o.trusted ?? false,
        // Demo organisations are public: their profiles count as reviewed (decision 008).
        profileReviewedAt: DEMO_PROFILES_REVIEWED_AT,
      };
      return prisma.organisation.upsert({ where: { id: o.id }, create: { id: o.id, ...row }, update: row });
    }),
    prisma.organisationTranslation.deleteMany({ where: { organisationId: { in: ids } } }),
    prisma.organisationMunicipality.deleteMany({ where: { organisationId: { in: ids } } }),
    prisma.organisationTranslation.createMany({
      data: organisations.flatMap((o) =>
        Object.entries(o.descriptions).map(([locale, description]) => ({ organisationId: o.id, locale, description })),
      ),
    }),
    prisma.organisationMunicipality.createMany({
      data: organisations.flatMap((o) => o.municipalities.map((municipalityCode) => ({ organisationId: o.id, municipalityCode }))),
    }),
  ]);
}

async function seedActivity(prisma: PrismaClient, a: SeedActivity, now: Date) {
  const row = activityRow(a, now);
  const activityId = a.id;
  const translations = Object.entries(a.translations).flatMap(([locale, t]) =>
    t
      ? [
          {
            activityId,
            locale,
            title: t.title,
            summary: t.summary,
            description: t.description,
            howToJoin: t.howToJoin,
            integrationSupport: t.integrationSupport,
            scheduleNote: t.scheduleNote ?? null,
            costNote: t.costNote ?? null,
            easySummary: t.easySummary ?? null,
          },
        ]
      : [],
  );
  const places = (a.places ?? []).map((p, i) => ({
    id: `${activityId}-p${i + 1}`,
    activityId,
    name: p.name ?? null,
    streetAddress: p.streetAddress,
    postalCode: p.postalCode,
    postOffice: p.postOffice,
    municipalityCode: p.municipalityCode,
    latitude: p.latitude ?? null,
    longitude: p.longitude ?? null,
  }));
  const slots = a.slots.map((s, i) => ({ id: `${activityId}-s${i + 1}`, activityId, ...parseSlot(s) }));
  const pauses = (a.pauses ?? []).map((p, i) => ({ id: `${activityId}-x${i + 1}`, activityId, ...pauseDates(p, now) }));

  const where = { activityId };
  // One transaction per notice, with its search document, as every write to a notice does.
  await prisma.$transaction(async (tx) => {
    await tx.activity.upsert({ where: { id: activityId }, create: row, update: row });
    await tx.activityTranslation.deleteMany({ where });
    await tx.place.deleteMany({ where });
    await tx.scheduleSlot.deleteMany({ where });
    await tx.schedulePause.deleteMany({ where });
    await tx.activityTranslation.createMany({ data: translations });
    if (places.length) await tx.place.createMany({ data: places });
    await tx.scheduleSlot.createMany({ data: slots });
    if (pauses.length) await tx.schedulePause.createMany({ data: pauses });
    await syncSearchDocument(tx, activityId);
    // Generous limits: the notices are seeded four at a time and queue for the search version.
  }, { maxWait: 30_000, timeout: 60_000 });
}

async function seedUsers(prisma: PrismaClient, now: Date) {
  const users = Object.values(DEMO_USERS);
  const saved = await prisma.$transaction(
    users.map((u) =>
      prisma.user.upsert({
        where: { email: u.email },
        create: { id: u.id, email: u.email, name: u.name, role: u.role, locale: "fi", emailVerified: at(now, -30) },
        update: { name: u.name, role: u.role },
      }),
    ),
  );
  const organiser = saved.find((u) => u.email === DEMO_USERS.organiser.email);
  if (!organiser) throw new Error("organiser user missing");
  await prisma.$transaction(
    ORGANISER_ORGANISATIONS.map((organisationId) =>
      prisma.membership.upsert({
        where: { userId_organisationId: { userId: organiser.id, organisationId } },
        create: { userId: organiser.id, organisationId, role: "OWNER", createdAt: at(now, -60) },
        update: { role: "OWNER" },
      }),
    ),
  );
}

/** Runs `tasks` with at most `limit` in flight. */
async function inPool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

const DEMO_PROFILES_REVIEWED_AT = new Date("2026-11-22T00:00:00Z");

export async function seedDatabase(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedCounts> {
  const now = options.now ?? new Date();
  const log = options.log ?? (() => {});
  const started = Date.now();

  const reference = await seedReferenceData(prisma, log);
  const problems = validateSeedContent(organisations, activities, new Set(readMunicipalityData().municipalities.map((m) => m.code)));
  if (problems.length > 0) throw new Error(`Demo content is inconsistent:\n  ${problems.join("\n  ")}`);

  await seedOrganisations(prisma);
  log(`Organisations: ${organisations.length}`);

  const ids = activities.map((a) => a.id);
  await prisma.activity.deleteMany({ where: { id: { startsWith: "demo-", notIn: ids } } });
  await inPool(activities, 4, (a) => seedActivity(prisma, a, now));
  const published = activities.filter((a) => isPublic(a, now)).length;
  log(`Activities: ${activities.length} (${published} public)`);

  await seedReports(prisma, now);
  await seedUsers(prisma, now);
  log(`Events: ${await seedEvents(prisma, now)}`);
  await seedCoverage(prisma, now);
  log(`News: ${await seedNews(prisma, now)}`);
  log(`Users: ${Object.keys(DEMO_USERS).length}; seed took ${Date.now() - started} ms`);

  return { ...reference, organisations: organisations.length, activities: activities.length, published };
}
