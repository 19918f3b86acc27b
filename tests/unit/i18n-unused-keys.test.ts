import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { collectUsage, flatten, keyShapes, patternToRegExp, unusedKeys, usageInSource } from "../../scripts/i18n-usage.mjs";

// Every key in messages/fi.json (the source of keys) is used somewhere in app/, components/ or
// lib/. Static calls t("key") are found by scripts/i18n-usage.mjs; a key built at run time
// (t(`themes.${slug}`), t(key)) shows up as a pattern, and every such pattern must be listed here
// with the reason it is safe, and, where the set is small and known, the keys it produces.
// A new dynamic key fails the first test until it is listed. Only entries whose pattern the code
// still uses count as using keys, so a stale entry cannot hide an unused key.

type Allowed = { why: string; keys?: readonly string[] };

const DYNAMIC_KEYS: Record<string, Allowed> = {
  // Public pages
  "AccessibilityPage.*": { why: "section(key) for the four statement sections", keys: ["status", "features", "limits", "enforcement"].map((k) => `AccessibilityPage.${k}`) },
  "AccessibilityPage.*Title": { why: "the same four sections' titles", keys: ["status", "features", "limits", "enforcement"].map((k) => `AccessibilityPage.${k}Title`) },
  "PrivacyPage.*": { why: "the six sections listed in privacy/page.tsx", keys: ["visitors", "organisers", "clients", "alerts", "logs", "rights"].map((k) => `PrivacyPage.${k}`) },
  "PrivacyPage.*Title": { why: "the same six sections' titles", keys: ["visitors", "organisers", "clients", "alerts", "logs", "rights"].map((k) => `PrivacyPage.${k}Title`) },
  "HomePage.*Title": { why: "the three audiences on the home page", keys: ["newcomers", "caseWorkers", "organisers"].map((k) => `HomePage.${k}Title`) },
  "HomePage.*Text": { why: "the three audiences on the home page", keys: ["newcomers", "caseWorkers", "organisers"].map((k) => `HomePage.${k}Text`) },
  // Labels for taxonomy slugs and enum values: messages.test.ts checks there is exactly one per value.
  "Taxonomy.themes.*": { why: "one label per THEMES slug" },
  "Taxonomy.targetGroups.*": { why: "one label per TARGET_GROUPS slug" },
  "Taxonomy.forms.*": { why: "one label per ACTIVITY_FORMS slug" },
  "Taxonomy.accessibility.*": { why: "one label per ACCESSIBILITY_FEATURES slug" },
  "Taxonomy.*.*": { why: "notice form options: every taxonomy's labels" },
  "Enums.mode.*": { why: "one label per ActivityMode" },
  "Enums.finnishLevel.*": { why: "one label per FinnishLevel" },
  "Enums.genderSpace.*": { why: "one label per GenderSpace" },
  "Enums.registration.*": { why: "one label per Registration" },
  "Enums.organisationKind.*": { why: "one label per OrganisationKind" },
  "Enums.*.*": { why: "notice form options: every enum's labels" },
  // Coverage and demand (docs/decisions/015)
  "Coverage.dimension.*": { why: "one label per coverage dimension", keys: ["group", "theme", "form", "lang", "mode", "gender"].map((k) => `Coverage.dimension.${k}`) },
  "Demand.done.*": { why: "the coordinator form's three outcomes", keys: ["saved", "noUser", "invalid"].map((k) => `Demand.done.${k}`) },
  // Search (components/search, app/[locale]/activities)
  "Search.*": { why: "the four yes/no filters", keys: ["free", "referrals", "childcare", "room"].map((k) => `Search.${k}`) },
  "Search.sortValue.*": { why: "one label per sort order" },
  "Search.modeValue.*": { why: "one label per mode filter value" },
  "Search.timeValue.*": { why: "one label per time-of-day filter value" },
  "Search.finnishLevel.*": { why: "one label per Finnish-level filter value" },
  "Search.genderValue.*": { why: "one label per group filter value" },
  // Organiser and moderator pages
  "NoticeForm.*": { why: "manage/actions.ts: outcome messages (scanner counts every t in the file)" },
  "NoticeActions.*": { why: "manage/actions.ts: outcome messages (scanner counts every t in the file)" },
  "OrganisationForm.*": { why: "manage/actions.ts: outcome messages (scanner counts every t in the file)" },
  "Members.*": { why: "manage/actions.ts: outcome messages (scanner counts every t in the file)" },
  "Translations.*": { why: "manage/actions.ts: outcome messages (scanner counts every t in the file)" },
  "Roles.*": { why: "one label per membership role" },
  "Moderation.*": { why: "audit table column headings" },
  "Validation.*": { why: "form errors are message keys from the zod schemas, translated when shown" },
  "NoticeChecklist.*": { why: "one line per checklist item id" },
  "NoticeStatus.*": { why: "one label per notice status" },
  "NoticeStatus.revision*": { why: "one label per revision status" },
  "*": { why: "lib/reference/vocabulary.ts labelKey(): a vocabulary value's full key (Taxonomy.*.*, Enums.*.*, Roles.*), checked by messages.test.ts" },
  "ManageHome.*": { why: "manage home: the outcome banner after a claim or an answered invitation", keys: ["claimed", "invitationAccepted", "invitationDeclined"].map((k) => `ManageHome.${k}`) },
  "AuditEvents.*": { why: "moderation history: one readable name per audit action (dots as underscores), unknown ones as AuditEvents.other" },
  "Email.role*": { why: "the invited member's role in the invitation email", keys: ["Email.roleOwner", "Email.roleEditor"] },
  // Events (issue 13, docs/decisions/013-events.md)
  "Events.kind.*": { why: "one label per EventKind (lib/reference/vocabulary.ts eventKind)" },
  "Events.state.*": { why: "one label per EventState" },
  "Events.stateLong.*": { why: "one sentence per EventState on the event page", keys: ["SCHEDULED", "CANCELLED", "POSTPONED", "MOVED_ONLINE"].map((k) => `Events.stateLong.${k}`) },
  "Events.audience.*": { why: "one label per event audience slug" },
  "Taxonomy.*": { why: "event page: accessibility and theme labels (Taxonomy.accessibility.*, Taxonomy.themes.*)" },
  "EventForm.done.*": { why: "the outcome banner after saving an event", keys: ["saved", "submitted", "published", "withdrawn", "revision-saved", "revision-submitted", "full"].map((k) => `EventForm.done.${k}`) },
  "EventForm.status.*": { why: "one label per event moderation status", keys: ["DRAFT", "SUBMITTED", "PUBLISHED", "REJECTED", "ARCHIVED"].map((k) => `EventForm.status.${k}`) },
  "EventForm.revision.*": { why: "one label per revision status", keys: ["DRAFT", "SUBMITTED", "REJECTED"].map((k) => `EventForm.revision.${k}`) },
  "EventForm.*": { why: "event form: field labels by field name (error summary, the moderator's list of changed fields); manage/events/actions.ts outcome messages" },
  "EventForm.session_*": { why: "the four fields of a session row", keys: ["date", "start", "end", "endDate"].map((k) => `EventForm.session_${k}`) },
  "EventForm.section_*": { why: "the five sections of the event form", keys: ["what", "when", "where", "join", "contact"].map((k) => `EventForm.section_${k}`) },
  // Reports and capacity (docs/decisions/011)
  "Enums.capacity.*": { why: "one label per capacity status" },
  "Enums.reportReason.*": { why: "one label per report reason" },
  "Enums.reportAnswer.*": { why: "one label per report answer" },
  "Capacity.shown.*": { why: "one line per capacity status as readers see it (UNKNOWN when older than 30 days)" },
  "ReportAnswer.done*": { why: "one outcome message per report answer", keys: ["FIXED", "STILL_CORRECT", "ENDED"].map((k) => `ReportAnswer.done${k}`) },
  "ReportForm.done*": { why: "scanner artefact: reports/actions.ts has several translators", keys: [] },
  "Capacity.done*": { why: "scanner artefact: reports/actions.ts has several translators", keys: [] },
  "News.categories.*": { why: "one label per news category (lib/news/categories.ts)" },
  "News.statuses.*": { why: "one label per news status" },
  "Alerts.frequencies.*": { why: "one label per alert frequency" },
  // Open data import (docs/decisions/016): the row and file error codes of lib/hsds/import/parse.ts.
  "Import.errors.*": { why: "one message per import error code (row, field and file errors; unknown codes are shown as the code)" },
  "Import.uploadErrors.*": { why: "the upload form's error from the query (UPLOAD_ERRORS in moderation/import/page.tsx)" },
  "Import.claims.errors.*": { why: "the claim form's field error from the query (FIELD_ERRORS in manage/claim/[id]/page.tsx)" },
  "Email.reportReason*": { why: "the reason in a report email", keys: ["CONTACT", "NOT_RUNNING", "TIME_PLACE", "FULL", "OTHER"].map((k) => `Email.reportReason${k}`) },
};

// Keys added ahead of the code that will use them, by work in progress elsewhere. Keep this short,
// with an owner; delete an entry once its key is used (or delete the key).
const PENDING: Record<string, string> = {
  "Search.when": "search filters: day and time group (search work in progress)",
  "Search.updating": "search: live update status text (search work in progress)",
  "Search.showAll": "search: expand a long facet list (search work in progress)",
  "SignInPage.signedInAs": "accounts: signed-in state (organiser accounts work in progress)",
  "SignInPage.signOutTitle": "accounts: sign-out page (organiser accounts work in progress)",
  "SignInPage.signOut": "accounts: sign-out button (organiser accounts work in progress)",
  "ManageHome.organisations": "manage home (organiser accounts work in progress)",
  "ManageHome.edit": "manage home (organiser accounts work in progress)",
  "ManageHome.status": "manage home (organiser accounts work in progress)",
  "DevMail.subject": "development mail viewer (organiser accounts work in progress)",
};

const catalogueKeys = flatten(JSON.parse(readFileSync(new URL("../../messages/fi.json", import.meta.url), "utf8")));
const usage = collectUsage();

describe("message keys used by the code", () => {
  it("lists every key built at run time in the allow-list above", () => {
    const unlisted = [...usage.patterns].filter(([pattern]) => !(pattern in DYNAMIC_KEYS)).map(([pattern, where]) => `${pattern}  (${where})`);
    expect(unlisted, "add these patterns to DYNAMIC_KEYS in tests/unit/i18n-unused-keys.test.ts with the reason").toEqual([]);
  });

  it("lists only pending keys that exist", () => {
    expect(Object.keys(PENDING).filter((key) => !catalogueKeys.includes(key))).toEqual([]);
  });

  it("lists only keys that exist for a pattern's known keys", () => {
    const listed = Object.entries(DYNAMIC_KEYS).flatMap(([pattern, allowed]) => (allowed.keys ?? []).map((key) => ({ pattern, key })));
    expect(listed.filter(({ pattern, key }) => !patternToRegExp(pattern).test(key) || !catalogueKeys.includes(key))).toEqual([]);
  });

  it("uses every key of messages/fi.json", () => {
    const live = Object.entries(DYNAMIC_KEYS).filter(([pattern]) => usage.patterns.has(pattern));
    const used = new Set([...usage.keys, ...live.flatMap(([, a]) => a.keys ?? []), ...Object.keys(PENDING)]);
    const openPatterns = live.filter(([, a]) => !a.keys).map(([pattern]) => pattern);
    expect(unusedKeys(catalogueKeys, used, openPatterns), "delete these keys from every messages/*.json, or use them").toEqual([]);
  });
});

describe("the key scanner", () => {
  it("resolves namespaces per translator and finds static, conditional and dynamic keys", () => {
    const source = `
      const t = await getTranslations("ActivityPage");
      const tTax = await getTranslations({ locale, namespace: "Taxonomy" });
      const tAll = await getTranslations();
      const x = useTranslations("ErrorPage");
      t("title"); t.rich('lead', { b: (c) => c }); t(\`plain\`); t(open ? "opened" : "closed");
      tTax(\`themes.\${slug}\`); tAll("Layout.home"); x(key as never); x.has("retry");
      at("notAKey"); format.t("neither");
    `;
    const { keys, patterns } = usageInSource(source, "probe.tsx");
    expect([...keys].sort()).toEqual(["ActivityPage.closed", "ActivityPage.lead", "ActivityPage.opened", "ActivityPage.plain", "ActivityPage.title", "ErrorPage.retry", "Layout.home"]);
    expect([...patterns.keys()].sort()).toEqual(["ErrorPage.*", "Taxonomy.themes.*"]);
  });

  it("reads the first argument's shapes", () => {
    expect(keyShapes('"a"')).toEqual(["a"]);
    expect(keyShapes("`revision${s}` as never")).toEqual(["revision*"]);
    expect(keyShapes('x ? "EXPIRED" : (status as never)')).toEqual(["EXPIRED", "*"]);
    expect(keyShapes("DONE[outcome]")).toEqual(["*"]);
  });

  it("reports a key no call uses and no pattern covers", () => {
    expect(unusedKeys(["A.used", "A.dyn.x", "A.stale", "B.t1Title"], new Set(["A.used"]), ["A.dyn.*", "B.*Title"])).toEqual(["A.stale"]);
  });
});
