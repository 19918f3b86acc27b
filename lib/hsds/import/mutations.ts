import "server-only";
import { prisma } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { assertModerator, type Actor } from "../../auth/permissions";
import { writeAudit } from "../../audit/write";
import { AppError } from "../../errors/app-error";
import { defaultValidUntil, toDate, validUntilInstant } from "../../activities/content";
import { syncSearchDocument } from "../../search/sync";
import { isLocale } from "../../i18n/locales";
import { foldName, parseCsvImport, parseHsdsJson, parseTabularImport, type MunicipalityLookup } from "./parse";
import { TABULAR_TABLES, type TabularFiles, type TabularTable } from "../tabular";
import { storedTablesSchema } from "../../validation/open-data-import";
import { SIMILAR_TITLE, titleSimilarity } from "./similarity";
import type { ImportNotice, ImportOrganisation, ImportReport, OrganisationOutcome, ParsedImport, RowOutcome } from "./types";

// The moderators' import (docs/decisions/016): a dry run that stores the file and its report
// and writes nothing else; then, on confirmation, one transaction that re-checks the file
// against the database as it is now and writes the notices (to the moderation queue, marked
// "not yet confirmed by the organiser", with their origin) and any new, unclaimed organisations.

type Db = Prisma.TransactionClient | typeof prisma;

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

async function municipalityLookup(db: Db): Promise<MunicipalityLookup> {
  const rows = await db.municipality.findMany({ select: { code: true, nameFi: true, nameSv: true } });
  const byName = new Map<string, string>();
  for (const m of rows) {
    byName.set(foldName(m.nameFi), m.code);
    byName.set(foldName(m.nameSv), m.code);
  }
  return { byCode: new Set(rows.map((m) => m.code)), byName };
}

export function detectFormat(fileName: string, content: string): "hsds-json" | "csv" {
  const start = content.replace(/^\uFEFF/, "").trimStart()[0];
  return fileName.toLowerCase().endsWith(".json") || start === "{" || start === "[" ? "hsds-json" : "csv";
}

/** The stored tables of a tabular upload, parsed (never cast); undefined when damaged. */
function storedTables(content: string): TabularFiles | undefined {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    return undefined;
  }
  const parsed = storedTablesSchema.safeParse(data);
  if (!parsed.success) return undefined;
  const tables: TabularFiles = {};
  for (const [name, text] of Object.entries(parsed.data)) if (name in TABULAR_TABLES) tables[name as TabularTable] = text;
  return tables;
}

async function parseFile(db: Db, options: { format: string; content: string; textLanguage: string }): Promise<ParsedImport> {
  const lookup = await municipalityLookup(db);
  const settings = { lookup, textLanguage: options.textLanguage };
  if (options.format === "hsds-tabular") {
    const tables = storedTables(options.content);
    return tables ? parseTabularImport(tables, settings) : { organisations: [], notices: [], errors: [], rows: 0, fileError: "invalidFile" };
  }
  return options.format === "csv" ? parseCsvImport(options.content, settings) : parseHsdsJson(options.content, settings);
}

function titleOf(notice: ImportNotice): string {
  return notice.translations[notice.originalLanguage]?.title ?? Object.values(notice.translations)[0]?.title ?? "";
}

/** Compares the parsed file with the database: what would be created, updated, skipped as a duplicate, or rejected. */
export async function analyseImport(db: Db, parsed: ParsedImport): Promise<ImportReport> {
  if (parsed.fileError) return { rows: [], organisations: [], counts: { create: 0, update: 0, duplicate: 0, rejected: 0 }, fileError: parsed.fileError };
  const organisations: OrganisationOutcome[] = [];
  const orgIds = new Map<string, string>();
  for (const org of parsed.organisations) {
    const existing = org.businessId
      ? await db.organisation.findUnique({ where: { businessId: org.businessId }, select: { id: true, name: true } })
      : await db.organisation.findFirst({ where: { name: { equals: org.name, mode: "insensitive" } }, select: { id: true, name: true }, orderBy: { createdAt: "asc" } });
    if (existing) {
      orgIds.set(org.key, existing.id);
      organisations.push({ key: org.key, kind: "existing", name: org.name, businessId: org.businessId, organisationId: existing.id, existingName: existing.name, reason: org.businessId ? "business_id" : "name" });
    } else organisations.push({ key: org.key, kind: "create", name: org.name, businessId: org.businessId });
  }
  const orgName = new Map(parsed.organisations.map((o) => [o.key, o.name]));
  const rows: RowOutcome[] = [];
  for (const notice of parsed.notices) {
    const title = titleOf(notice);
    const organisation = orgName.get(notice.organisationKey) ?? "";
    const previous = notice.externalId
      ? await db.activity.findFirst({ where: { importExternalId: notice.externalId, deletedAt: null }, select: { id: true, status: true, translations: { select: { title: true }, take: 1 } } })
      : null;
    if (previous) {
      rows.push(
        previous.status === "PUBLISHED" || previous.status === "ARCHIVED"
          ? { row: notice.row, kind: "duplicate", title, organisation, activityId: previous.id, existingTitle: previous.translations[0]?.title ?? "", reason: "external_id" }
          : { row: notice.row, kind: "update", title, organisation, activityId: previous.id },
      );
      continue;
    }
    const organisationId = orgIds.get(notice.organisationKey);
    if (organisationId) {
      const candidates = await db.activity.findMany({
        where: { organisationId, deletedAt: null, status: { in: ["DRAFT", "SUBMITTED", "PUBLISHED"] } },
        select: { id: true, nationwide: true, municipalities: true, translations: { select: { title: true } } },
      });
      const match = candidates.find(
        (c) =>
          (c.municipalities.some((m) => notice.municipalities.includes(m)) || (c.nationwide && notice.nationwide)) &&
          c.translations.some((t) => Object.values(notice.translations).some((n) => titleSimilarity(t.title, n.title) >= SIMILAR_TITLE)),
      );
      if (match) {
        rows.push({ row: notice.row, kind: "duplicate", title, organisation, activityId: match.id, existingTitle: match.translations[0]?.title ?? "", reason: "title" });
        continue;
      }
    }
    rows.push({ row: notice.row, kind: "create", title, organisation });
  }
  const byRow = new Map<number, typeof parsed.errors>();
  for (const error of parsed.errors) byRow.set(error.row, [...(byRow.get(error.row) ?? []), error]);
  for (const [row, errors] of byRow) rows.push({ row, kind: "rejected", title: "", errors });
  rows.sort((a, b) => a.row - b.row);
  const count = (kind: RowOutcome["kind"]) => rows.filter((r) => r.kind === kind).length;
  return { rows, organisations, counts: { create: count("create"), update: count("update"), duplicate: count("duplicate"), rejected: count("rejected") } };
}

/**
 * The dry run: checks the file (HSDS JSON or our CSV as `content`; the HSDS tabular form as
 * `tables`) and keeps it with its report. Nothing else is written.
 */
export async function previewImport(options: { actor: Actor; fileName: string; content?: string; tables?: TabularFiles; textLanguage: string; source: string }): Promise<{ id: string; report: ImportReport }> {
  assertModerator(options.actor);
  const format = options.tables ? "hsds-tabular" : detectFormat(options.fileName, options.content ?? "");
  const content = options.tables ? JSON.stringify(options.tables) : (options.content ?? "");
  const size = options.tables ? Object.values(options.tables).reduce((sum, text) => sum + Buffer.byteLength(text ?? "", "utf8"), 0) : Buffer.byteLength(content, "utf8");
  if (size > MAX_IMPORT_BYTES) throw new AppError("VALIDATION", { fieldErrors: { file: ["fileTooLarge"] } });
  const textLanguage = isLocale(options.textLanguage) ? options.textLanguage : "fi";
  const report = await analyseImport(prisma, await parseFile(prisma, { format, content, textLanguage }));
  const saved = await prisma.openDataImport.create({
    data: { createdById: options.actor.id, fileName: options.fileName.slice(0, 200), format, source: options.source.slice(0, 200), textLanguage, content, summary: report },
    select: { id: true },
  });
  return { id: saved.id, report };
}

export async function discardImport(options: { actor: Actor; importId: string }): Promise<void> {
  assertModerator(options.actor);
  const { count } = await prisma.openDataImport.updateMany({ where: { id: options.importId, status: "PREVIEWED" }, data: { status: "DISCARDED", content: "" } });
  if (count === 0) throw new AppError("NOT_FOUND");
}

function noticeColumns(notice: ImportNotice, now: Date) {
  const date = (value: string | null) => toDate(value);
  const validUntil = validUntilInstant(defaultValidUntil(now));
  return {
    originalLanguage: notice.originalLanguage,
    themes: notice.themes,
    targetGroups: notice.targetGroups,
    forms: notice.forms,
    languages: notice.languages,
    supportLanguages: notice.supportLanguages,
    finnishLevel: notice.finnishLevel,
    mode: notice.mode,
    nationwide: notice.nationwide,
    municipalities: notice.municipalities,
    isFree: notice.isFree,
    registration: notice.registration,
    registrationUrl: notice.registrationUrl,
    registrationEmail: notice.registrationEmail,
    registrationPhone: notice.registrationPhone,
    onlineUrl: notice.onlineUrl,
    acceptsReferrals: notice.acceptsReferrals,
    referralsAnswer: notice.acceptsReferrals ? true : null,
    contactBeforeReferral: notice.contactBeforeReferral,
    childcare: notice.childcare,
    accessibility: notice.accessibility,
    genderSpace: notice.genderSpace,
    ageMin: notice.ageMin,
    ageMax: notice.ageMax,
    contactName: notice.contactName,
    contactEmail: notice.contactEmail,
    contactPhone: notice.contactPhone,
    startDate: date(notice.startDate),
    endDate: date(notice.endDate),
    validUntil,
  };
}

async function writeContent(tx: Prisma.TransactionClient, activityId: string, notice: ImportNotice) {
  const where = { activityId };
  await tx.activityTranslation.deleteMany({ where });
  await tx.place.deleteMany({ where });
  await tx.scheduleSlot.deleteMany({ where });
  await tx.schedulePause.deleteMany({ where });
  await tx.activityTranslation.createMany({ data: Object.entries(notice.translations).map(([locale, t]) => ({ activityId, locale, ...t })) });
  if (notice.places.length) await tx.place.createMany({ data: notice.places.map((p) => ({ activityId, ...p })) });
  await tx.scheduleSlot.createMany({ data: notice.slots.map((s) => ({ activityId, ...s })) });
  if (notice.pauses.length) await tx.schedulePause.createMany({ data: notice.pauses.map((p) => ({ activityId, startDate: toDate(p.startDate)!, endDate: toDate(p.endDate)! })) });
}

async function createOrganisation(tx: Prisma.TransactionClient, org: ImportOrganisation, options: { source: string; now: Date; actorId: string }): Promise<string> {
  const created = await tx.organisation.create({
    data: {
      name: org.name,
      kind: org.kind as Prisma.OrganisationCreateInput["kind"],
      businessId: org.businessId,
      website: org.website,
      email: org.email,
      phone: org.phone,
      importedAt: options.now,
      importSource: options.source,
      translations: { create: Object.entries(org.descriptions).map(([locale, description]) => ({ locale, description })) },
    },
    select: { id: true },
  });
  await writeAudit(tx, { actorId: options.actorId, action: "organisation.import", entityType: "organisation", entityId: created.id, changes: { source: options.source } });
  return created.id;
}

export type ConfirmOutcome = { created: string[]; updated: string[]; skipped: number; rejected: number; organisations: string[] };

/**
 * Imports what the dry run showed, with the moderator's decisions on duplicates (rows listed in
 * `importDuplicates` are created anyway; others are skipped). One transaction: all or nothing.
 */
export async function confirmImport(options: { actor: Actor; importId: string; importDuplicates?: number[]; now?: Date }): Promise<ConfirmOutcome> {
  assertModerator(options.actor);
  const now = options.now ?? new Date();
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT 1 FROM open_data_import WHERE id = ${options.importId} FOR UPDATE`;
      const batch = await tx.openDataImport.findUnique({ where: { id: options.importId } });
      if (!batch || batch.status !== "PREVIEWED") throw new AppError("NOT_FOUND");
      const parsed = await parseFile(tx, batch);
      const report = await analyseImport(tx, parsed);
      if (report.fileError) throw new AppError("VALIDATION", { messageKey: "invalidFile" });
      const wanted = new Set(options.importDuplicates ?? []);
      const byRow = new Map(parsed.notices.map((n) => [n.row, n]));
      const orgOutcome = new Map(report.organisations.map((o) => [o.key, o]));
      const orgIds = new Map<string, string>();
      const outcome: ConfirmOutcome = { created: [], updated: [], skipped: 0, rejected: report.counts.rejected, organisations: [] };
      const organisationFor = async (notice: ImportNotice) => {
        const known = orgIds.get(notice.organisationKey);
        if (known) return known;
        const o = orgOutcome.get(notice.organisationKey);
        let id: string;
        if (o?.kind === "existing") id = o.organisationId;
        else {
          const org = parsed.organisations.find((x) => x.key === notice.organisationKey)!;
          id = await createOrganisation(tx, org, { source: batch.source, now, actorId: options.actor.id });
          outcome.organisations.push(id);
        }
        orgIds.set(notice.organisationKey, id);
        return id;
      };
      for (const row of report.rows) {
        const notice = byRow.get(row.row);
        if (row.kind === "rejected" || !notice) continue;
        if (row.kind === "duplicate" && !wanted.has(row.row)) {
          outcome.skipped++;
          continue;
        }
        const provenance = { importedAt: now, importSource: batch.source, importExternalId: notice.externalId, awaitingOrganiser: true, status: "SUBMITTED" as const, submittedAt: now };
        if (row.kind === "update") {
          await tx.activity.update({ where: { id: row.activityId }, data: { ...noticeColumns(notice, now), ...provenance, contentVersion: { increment: 1 } } });
          await writeContent(tx, row.activityId, notice);
          await syncSearchDocument(tx, row.activityId);
          await writeAudit(tx, { actorId: options.actor.id, action: "activity.import-update", entityType: "activity", entityId: row.activityId, changes: { source: batch.source, row: row.row } });
          outcome.updated.push(row.activityId);
          continue;
        }
        const organisationId = await organisationFor(notice);
        const created = await tx.activity.create({
          data: { organisationId, createdById: options.actor.id, lastConfirmedAt: now, ...noticeColumns(notice, now), ...provenance },
          select: { id: true },
        });
        await writeContent(tx, created.id, notice);
        await syncSearchDocument(tx, created.id);
        await writeAudit(tx, { actorId: options.actor.id, action: "activity.import", entityType: "activity", entityId: created.id, changes: { source: batch.source, row: row.row, duplicate: row.kind === "duplicate" } });
        outcome.created.push(created.id);
      }
      await tx.openDataImport.update({ where: { id: batch.id }, data: { status: "IMPORTED", importedAt: now, content: "", summary: { report, outcome } } });
      return outcome;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
