import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseForm } from "@/lib/validation/parse-form";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FILTERS, FLAG_FILTERS, LEVEL_FILTERS, VALUES_FILTERS } from "@/lib/search/dimensions";
import { MAX_QUERY_LENGTH, parseSearchQuery, toSearchParams } from "@/lib/search/query";
import { answerReportsSchema, capacitySchema, reportSchema } from "@/lib/validation/report";
import { claimDecisionSchema, moderationDecisionSchema, profileDecisionSchema, restoreSchema, roleSchema, trustSchema } from "@/lib/validation/moderation";
import { noticeCommandSchema, noticeSchema, translationSchema } from "@/lib/validation/notice";
import {
  answerInvitationSchema,
  changeRoleSchema,
  inviteMemberSchema,
  organisationSchema,
  removeMemberSchema,
  withdrawInvitationSchema,
} from "@/lib/validation/organisation";
import { signInSchema } from "@/lib/validation/signin";

// Property-based tests (fast-check): whatever a client sends as search parameters or form
// fields, parsing never throws, keeps only known values, and every error it reports is a
// message key that every language has (so the user reads it in their own language).

const PARAMETERS = ["q", "municipality", "region", "nationwide", "age", "page", "sort", "room", ...Object.keys(FILTERS)];
/** Strings as attackers and typos make them: any Unicode, near-misses of real values, huge ones. */
const hostileString = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom("", " ", "0", "-1", "1e9", "NaN", "true", "ON", "null", "undefined", "__proto__", "constructor", "<script>", "' OR 1=1 --", "%00", "\u0000", "9".repeat(400)),
  fc.constantFrom(...Object.values(FILTERS).flatMap((f) => ("values" in f ? [...f.values] : []))).map((v) => (Math.random() < 0.5 ? v.toUpperCase() : ` ${v} `)),
  fc.string({ maxLength: 5000 }),
);
const hostileParams = fc.dictionary(fc.oneof(fc.constantFrom(...PARAMETERS), fc.string({ maxLength: 12 })), fc.oneof(hostileString, fc.array(hostileString, { maxLength: 50 })), { maxKeys: 25 });

describe("search parameters, whatever is sent", () => {
  it("parse without throwing into known values only, within bounds", () => {
    fc.assert(
      fc.property(hostileParams, (params) => {
        const query = parseSearchQuery(params);
        expect(query.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(query.page).toBeGreaterThanOrEqual(1);
        expect(query.page).toBeLessThanOrEqual(100_000);
        if (query.age !== undefined) expect(query.age).toBeGreaterThanOrEqual(0);
        for (const [name, f] of VALUES_FILTERS) for (const v of query[name]) expect(f.values).toContain(v);
        for (const [name, f] of LEVEL_FILTERS) if (query[name] !== undefined) expect(f.values).toContain(query[name]);
        for (const [name] of FLAG_FILTERS) expect(typeof query[name]).toBe("boolean");
        for (const code of query.region) expect(code).toMatch(/^\d{2}$/);
      }),
      { numRuns: 400 },
    );
  });

  it("have one canonical URL: parsing the canonical form gives the same query", () => {
    fc.assert(
      fc.property(hostileParams, (params) => {
        const query = parseSearchQuery(params);
        expect(parseSearchQuery(toSearchParams(query))).toEqual(query);
      }),
      { numRuns: 400 },
    );
  });
});

const catalogues = readdirSync(path.join(process.cwd(), "messages")).map((file) => JSON.parse(readFileSync(path.join(process.cwd(), "messages", file), "utf8")) as { Validation: Record<string, string> });
/** Error strings are keys, some with an argument after "|" (RATE_LIMITED|5). */
const isTranslated = (message: string) => catalogues.every((c) => typeof c.Validation[message.split("|")[0]!] === "string");

const SCHEMAS = {
  notice: noticeSchema(new Date("2026-12-02T10:00:00Z")),
  translation: translationSchema,
  noticeCommand: noticeCommandSchema,
  organisation: organisationSchema,
  inviteMember: inviteMemberSchema,
  changeRole: changeRoleSchema,
  removeMember: removeMemberSchema,
  answerInvitation: answerInvitationSchema,
  withdrawInvitation: withdrawInvitationSchema,
  signIn: signInSchema,
  report: reportSchema,
  answerReports: answerReportsSchema,
  capacity: capacitySchema,
  moderationDecision: moderationDecisionSchema,
  trust: trustSchema,
  restore: restoreSchema,
  role: roleSchema,
  profileDecision: profileDecisionSchema,
  claimDecision: claimDecisionSchema,
};

/** Field names a form really has, plus invented and prototype-polluting ones. */
function fieldNames(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown>; def?: { in?: { shape?: Record<string, unknown> } } }).shape ?? {};
  return [...Object.keys(shape), "__proto__", "constructor", "intent", "x"];
}

describe("every form's schema, whatever is posted", () => {
  it.each(Object.entries(SCHEMAS))("%s: never throws, and reports only errors every language can show", (_name, schema) => {
    const names = fieldNames(schema);
    fc.assert(
      fc.property(fc.array(fc.tuple(names.length ? fc.constantFrom(...names) : fc.string(), hostileString), { maxLength: 40 }), (fields) => {
        const form = new FormData();
        for (const [name, value] of fields) form.append(name, value);
        const submission = parseForm(form, schema);
        if (submission.status === "success") return;
        const messages = Object.values(submission.error ?? {}).flat().filter((m): m is string => typeof m === "string");
        for (const message of messages) expect(isTranslated(message), `untranslated error "${message}"`).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
