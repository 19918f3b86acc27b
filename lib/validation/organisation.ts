import { z } from "zod";
import { KINDS_WITHOUT_BUSINESS_ID, MEMBER_ROLES, ORGANISATION_KINDS } from "../reference/vocabulary";
import { businessId, email, optionalText, phone, recordId, text, url } from "./fields";

// Register an organisation / edit its details (components/manage/organisation-form.tsx).
export { ORGANISATION_KINDS };

export const organisationSchema = z
  .object({
    organisationId: recordId.optional(),
    // The new organisation's id from the page, so that a double-clicked form registers once.
    newId: recordId.optional(),
    name: text(160),
    kind: z.enum(ORGANISATION_KINDS, { error: "required" }),
    businessId: businessId.optional(),
    website: url.optional(),
    email: email,
    phone: phone.optional(),
    municipalities: z
      .array(z.string().regex(/^\d{3}$/, { error: "unknownMunicipality" }), { error: "required" })
      .min(1, { error: "required" })
      .max(400, { error: "tooMany|400" })
      .transform((values) => [...new Set(values)]),
    description: optionalText(2000),
    descriptionLocale: z.enum(["fi", "sv", "en"]).default("fi"),
  })
  .superRefine((value, ctx) => {
    // Registered organisations have a Y-tunnus; informal groups and projects may not.
    if (!value.businessId && !KINDS_WITHOUT_BUSINESS_ID.includes(value.kind)) {
      ctx.addIssue({ code: "custom", path: ["businessId"], message: "businessIdRequired" });
    }
  });
export type OrganisationValue = z.output<typeof organisationSchema>;

export const inviteMemberSchema = z.object({
  organisationId: recordId,
  email,
  role: z.enum(MEMBER_ROLES, { error: "unknownOption" }),
});

export const changeRoleSchema = z.object({
  organisationId: recordId,
  userId: z.string().min(1).max(60),
  role: z.enum(MEMBER_ROLES, { error: "unknownOption" }),
});

export const removeMemberSchema = z.object({ organisationId: recordId, userId: z.string().min(1).max(60) });

export const answerInvitationSchema = z.object({ invitationId: recordId, answer: z.enum(["accept", "decline"], { error: "unknownOption" }) });

export const withdrawInvitationSchema = z.object({ organisationId: recordId, invitationId: recordId });
