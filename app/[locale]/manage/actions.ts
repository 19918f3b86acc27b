"use server";
import { getLocale, getTranslations } from "next-intl/server";
import { runAction, type ActionResult } from "@/lib/actions/action";
import { archiveNotice, confirmNotice, createNotice, deleteNotice, duplicateNotice, saveTranslation, updateNotice } from "@/lib/activities/mutations";
import { formatDate } from "@/lib/i18n/format";
import { redirect } from "@/lib/i18n/navigation";
import { changeMemberRole, inviteMember, registerOrganisation, removeMember, updateOrganisation } from "@/lib/organisations/mutations";
import { noticeCommandSchema, noticeSchema, translationSchema } from "@/lib/validation/notice";
import { changeRoleSchema, inviteMemberSchema, organisationSchema, removeMemberSchema } from "@/lib/validation/organisation";

// Organisers' server actions. Each is runAction (lib/actions/action.ts) + one lib mutation,
// which checks the permission for the specific record. Ids come from hidden fields and are
// never trusted: the mutation looks the record up and checks membership.

export async function saveNoticeAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const locale = await getLocale();
  let saved: { id: string; outcome: string } | undefined;
  const submitting = formData.get("intent") === "submit";
  const result = await runAction(formData, {
    schema: noticeSchema(),
    access: "user",
    rateLimit: submitting ? { name: "noticeSubmitPerUser", key: (_data, user) => user!.id } : undefined,
    handler: async ({ data, user }) => {
      if (data.activityId) {
        saved = { id: data.activityId, outcome: await updateNotice({ actor: user, activityId: data.activityId, input: data }) };
      } else {
        saved = { id: (await createNotice({ actor: user, input: data })).id, outcome: submitting ? "submitted" : "saved" };
      }
    },
  });
  // After a save the page shows the stored notice, with what happened on top.
  if (saved) redirect({ href: { pathname: `/manage/notices/${saved.id}`, query: { done: saved.outcome } }, locale });
  return result;
}

/** Saving on leaving a section: a draft save that never redirects. */
export async function autosaveNoticeAction(formData: FormData): Promise<{ ok: boolean; activityId?: string }> {
  formData.set("intent", "save");
  let activityId = (formData.get("activityId") as string | null) || undefined;
  const result = await runAction(formData, {
    schema: noticeSchema(),
    access: "user",
    handler: async ({ data, user }) => {
      if (data.activityId) await updateNotice({ actor: user, activityId: data.activityId, input: data });
      else activityId = (await createNotice({ actor: user, input: data })).id;
    },
  });
  return { ok: result.httpStatus === 200, activityId: result.httpStatus === 200 ? activityId : undefined };
}

export async function saveTranslationAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const t = await getTranslations("Translations");
  return runAction(formData, {
    schema: translationSchema,
    access: "user",
    handler: async ({ data, user }) => {
      const outcome = await saveTranslation({ actor: user, input: data });
      return { notice: t(outcome === "saved" ? "saved" : "revisionSaved") };
    },
  });
}

export async function duplicateNoticeAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const locale = await getLocale();
  let copy: string | undefined;
  const result = await runAction(formData, {
    schema: noticeCommandSchema,
    access: "user",
    handler: async ({ data, user }) => {
      copy = (await duplicateNotice({ actor: user, activityId: data.activityId })).id;
    },
  });
  if (copy) redirect({ href: { pathname: `/manage/notices/${copy}`, query: { done: "duplicated" } }, locale });
  return result;
}

export async function archiveNoticeAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  return runAction(formData, { schema: noticeCommandSchema, access: "user", handler: ({ data, user }) => archiveNotice({ actor: user, activityId: data.activityId }) });
}

export async function deleteNoticeAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const locale = await getLocale();
  let done = false;
  const result = await runAction(formData, {
    schema: noticeCommandSchema,
    access: "user",
    handler: async ({ data, user }) => {
      await deleteNotice({ actor: user, activityId: data.activityId });
      done = true;
    },
  });
  if (done) redirect({ href: { pathname: "/manage", query: { done: "deleted" } }, locale });
  return result;
}

export async function confirmNoticeAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const locale = await getLocale();
  const t = await getTranslations("NoticeActions");
  return runAction(formData, {
    schema: noticeCommandSchema,
    access: "user",
    handler: async ({ data, user }) => {
      const validUntil = await confirmNotice({ actor: user, activityId: data.activityId });
      return { notice: t("confirmed", { date: formatDate(validUntil, locale) }) };
    },
  });
}

export async function saveOrganisationAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const locale = await getLocale();
  const t = await getTranslations("OrganisationForm");
  let created: string | undefined;
  const result = await runAction(formData, {
    schema: organisationSchema,
    access: "user",
    handler: async ({ data, user }) => {
      if (data.organisationId) {
        await updateOrganisation({ actor: user, organisationId: data.organisationId, input: data });
        return { notice: t("saved") };
      }
      created = (await registerOrganisation({ actor: user, input: data })).id;
    },
  });
  if (created) redirect({ href: { pathname: `/manage/organisations/${created}`, query: { done: "registered" } }, locale });
  return result;
}

export async function inviteMemberAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const locale = await getLocale();
  const t = await getTranslations("Members");
  return runAction(formData, {
    schema: inviteMemberSchema,
    access: "user",
    handler: async ({ data, user }) => {
      await inviteMember({ actor: user, organisationId: data.organisationId, email: data.email, role: data.role, locale });
      return { notice: t("invited"), resetForm: true };
    },
  });
}

export async function changeMemberRoleAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const t = await getTranslations("Members");
  return runAction(formData, {
    schema: changeRoleSchema,
    access: "user",
    handler: async ({ data, user }) => {
      await changeMemberRole({ actor: user, organisationId: data.organisationId, userId: data.userId, role: data.role });
      return { notice: t("updated") };
    },
  });
}

export async function removeMemberAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    schema: removeMemberSchema,
    access: "user",
    handler: async ({ data, user }) => {
      await removeMember({ actor: user, organisationId: data.organisationId, userId: data.userId });
    },
  });
}

