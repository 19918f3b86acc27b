import { z } from "zod";
import { normaliseBusinessId } from "./business-id";
import { RECORD_ID_PATTERN } from "./record-id";

// Shared field schemas for every form. Error messages are keys of the "Validation" message
// namespace; "key|arg" carries one argument (e.g. "tooLong|120" → max 120), translated when
// shown (components/forms/field-error.tsx). Conform turns empty inputs into undefined, so a
// required field's "missing" is zod's invalid_type, reported as "required".

export const text = (max: number) =>
  z.string({ error: "required" }).trim().min(1, { error: "required" }).max(max, { error: `tooLong|${max}` });

export const optionalText = (max: number) => text(max).optional();

export const email = z
  .string({ error: "required" })
  .trim()
  .toLowerCase()
  .max(254, { error: "tooLong|254" })
  .pipe(z.email({ error: "invalidEmail" }));

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** http(s) only: javascript:, data: and friends never become links. A bare "example.fi" gets https://. */
export const url = z
  .string({ error: "required" })
  .trim()
  .max(500, { error: "tooLong|500" })
  .transform((value) => (/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`))
  .refine(isHttpUrl, { error: "invalidUrl" });

/** Finnish or international phone numbers: digits, spaces, hyphens, brackets, a leading +. */
export const phone = z
  .string({ error: "required" })
  .trim()
  .max(30, { error: "tooLong|30" })
  .refine((value) => /^\+?[0-9 ()-]+$/.test(value) && (value.match(/\d/g)?.length ?? 0) >= 5 && (value.match(/\d/g)?.length ?? 0) <= 15, {
    error: "invalidPhone",
  });

export const businessId = z
  .string({ error: "required" })
  .trim()
  .transform((value, ctx) => {
    const normalised = normaliseBusinessId(value);
    if (!normalised) {
      ctx.addIssue({ code: "custom", message: "invalidBusinessId" });
      return z.NEVER;
    }
    return normalised;
  });

/** A calendar date from <input type="date"> (YYYY-MM-DD). */
export const isoDate = z
  .string({ error: "required" })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalidDate" })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    error: "invalidDate",
  });

/** "HH:MM" from <input type="time">, as minutes from midnight. */
export const timeOfDay = z
  .string({ error: "required" })
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "invalidTime" })
  .transform((value) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5)));

/** A list of slugs from a fixed set; anything else (a forged form field) is an error, not ignored. */
export const slugList = (allowed: readonly string[], max = allowed.length) =>
  z
    .array(z.string().refine((value) => allowed.includes(value), { error: "unknownOption" }), { error: "unknownOption" })
    .max(max, { error: `tooMany|${max}` })
    .default([])
    .transform((values) => [...new Set(values)]);

/** A record id from a hidden field. */
export const recordId = z.string({ error: "required" }).regex(RECORD_ID_PATTERN, { error: "invalid" });

export const checkbox = z.boolean().optional().default(false);
