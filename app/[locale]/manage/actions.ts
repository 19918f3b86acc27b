"use server";
import { getLocale, getTranslations } from "next-intl/server";
import { runAction, type ActionResult } from "@/lib/actions/action";
import { archiveNotice, confirmNotice, createNotice, deleteNotice, duplicateNotice, saveTranslation, updateNotice } from "@/lib/activities/mutations";
import { redirect } from "@/lib/i18n/navigation";
import { answerInvitation, changeMemberRole, inviteMember, registerOrganisation, removeMember, updateOrganisation, withdrawInvitation } from "@/lib/organisations/mutations";
import { noticeCommandSchema, noticeSchema, translationSchema } from "@/lib/validation/notice";
import { answerInvitationSchema, changeRoleSchema, inviteMemberSchema, organisationSchema, removeMemberSchema, withdrawInvitationSchema } from "@/lib/validation/organisation";

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
    rateLimit: { name: "autosavePerUser", key: (_data, user) => user!.id },
    handler: async ({ data, user }) => {
      if (data.activityId) await updateNotice({ actor: user, activityId: data.activityId, input: data });
      // A new notice is worth keeping once it has a title; clicking through empty sections
      // leaves no untitled drafts behind.
      else if (data.title) activityId = (await createNotice({ actor: user, input: data })).id;
    },
  });
  return { ok: result.httpStatus === 200, activityId: result.httpStatus === 200 ? activityId : undefined };
}

export async function saveTranslationAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const locale = await getLocale();
  const t = await getTranslations("Translations");
  let saved: { activityId: string; language: string } | undefined;
  const result = await runAction(formData, {
    schema: translationSchema,
    access: "user",
    handler: async ({ data, user }) => {
      const outcome = await saveTranslation({ actor: user, input: data });
      if (outcome === "saved") saved = { activityId: data.activityId, language: data.locale };
      else return { notice: t("revisionSaved") };
    },
  });
  // A fresh page: the list of languages then includes the one just saved.
  if (saved) redirect({ href: { pathname: `/manage/notices/${saved.activityId}/translations`, query: { language: saved.language, done: "saved" } }, locale });
  return result;
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
  let confirmed: string | undefined;
  const result = await runAction(formData, {
    schema: noticeCommandSchema,
    access: "user",
    handler: async ({ data, user }) => {
      await confirmNotice({ actor: user, activityId: data.activityId });
      confirmed = data.activityId;
    },
  });
  // The page again, with the new validity in the status and a confirmation on top.
  if (confirmed) redirect({ href: { pathname: `/manage/notices/${confirmed}`, query: { done: "confirmed" } }, locale });
  return result;
}

export async function saveOrganisationAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const locale = await getLocale();
  const t = await getTranslations("OrganisationForm");
  let created: string | undefined;
  let claimed = false;
  const result = await runAction(formData, {
    schema: organisationSchema,
    access: "user",
    // Registering a new organisation (not editing one) makes work for moderators.
    rateLimit: formData.get("organisationId") ? undefined : { name: "organisationRegisterPerUser", key: (_data, user) => user!.id },
    handler: async ({ data, user }) => {
      if (data.organisationId) {
        const outcome = await updateOrganisation({ actor: user, organisationId: data.organisationId, input: data });
        return { notice: t(outcome === "saved" ? "saved" : "pendingReview") };
      }
      const outcome = await registerOrganisation({ actor: user, input: data });
      if (outcome.kind === "registered") created = outcome.id;
      else claimed = true;
    },
  });
  if (created) redirect({ href: { pathname: `/manage/organisations/${created}`, query: { done: "registered" } }, locale });
  if (claimed) redirect({ href: { pathname: "/manage", query: { done: "claimed" } }, locale });
  return result;
}

export async function inviteMemberAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const locale = await getLocale();
  const t = await getTranslations("Members");
  return runAction(formData, {
    schema: inviteMemberSchema,
    access: "user",
    rateLimit: { name: "invitePerUser", key: (_data, user) => user!.id },
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


export async function answerInvitationAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const locale = await getLocale();
  let answered: string | undefined;
  const result = await runAction(formData, {
    schema: answerInvitationSchema,
    access: "user",
    handler: async ({ data, user }) => {
      await answerInvitation({ actor: user, invitationId: data.invitationId, accept: data.answer === "accept" });
      answered = data.answer === "accept" ? "invitationAccepted" : "invitationDeclined";
    },
  });
  if (answered) redirect({ href: { pathname: "/manage", query: { done: answered } }, locale });
  return result;
}

export async function withdrawInvitationAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    schema: withdrawInvitationSchema,
    access: "user",
    handler: ({ data, user }) => withdrawInvitation({ actor: user, organisationId: data.organisationId, invitationId: data.invitationId }),
  });
}
