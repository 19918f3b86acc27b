"use server";
import { getLocale, getTranslations } from "next-intl/server";
import { runAction, type ActionResult } from "@/lib/actions/action";
import { createEvent, deleteEvent, saveEventTranslation, setEventFull, setEventState, updateEvent } from "@/lib/events/mutations";
import { redirect } from "@/lib/i18n/navigation";
import { eventCommandSchema, eventFullSchema, eventSchema, eventStateSchema, eventTranslationSchema } from "@/lib/validation/event";

// Organisers' event actions: runAction (session, zod, rate limit) + one lib/events mutation,
// which checks membership of the event's own organisation. Ids from hidden fields are never trusted.

export async function saveEventAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const locale = await getLocale();
  const submitting = formData.get("intent") === "submit";
  let saved: { id: string; outcome: string } | undefined;
  const result = await runAction(formData, {
    schema: eventSchema(),
    access: "user",
    rateLimit: submitting ? { name: "eventSubmitPerUser", key: (_data, user) => user!.id } : undefined,
    handler: async ({ data, user }) => {
      if (data.eventId) saved = { id: data.eventId, outcome: await updateEvent({ actor: user, eventId: data.eventId, input: data }) };
      else saved = await createEvent({ actor: user, input: data });
    },
  });
  if (saved) redirect({ href: { pathname: `/manage/events/${saved.id}`, query: { done: saved.outcome } }, locale });
  return result;
}

export async function setEventStateAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const t = await getTranslations("EventForm");
  return runAction(formData, {
    schema: eventStateSchema,
    access: "user",
    handler: async ({ data, user }) => {
      await setEventState({ actor: user, eventId: data.eventId, state: data.state, note: data.note, onlineUrl: data.onlineUrl });
      return { notice: t("stateSaved") };
    },
  });
}

export async function setEventFullAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const locale = await getLocale();
  let done: string | undefined;
  const result = await runAction(formData, {
    schema: eventFullSchema,
    access: "user",
    handler: async ({ data, user }) => {
      await setEventFull({ actor: user, eventId: data.eventId, full: data.full });
      done = data.eventId;
    },
  });
  if (done) redirect({ href: { pathname: `/manage/events/${done}`, query: { done: "full" } }, locale });
  return result;
}

export async function saveEventTranslationAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const t = await getTranslations("EventForm");
  return runAction(formData, {
    schema: eventTranslationSchema,
    access: "user",
    handler: async ({ data, user }) => {
      await saveEventTranslation({ actor: user, input: data });
      return { notice: t("translationSaved") };
    },
  });
}

export async function deleteEventAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const locale = await getLocale();
  let done = false;
  const result = await runAction(formData, {
    schema: eventCommandSchema,
    access: "user",
    handler: async ({ data, user }) => {
      await deleteEvent({ actor: user, eventId: data.eventId });
      done = true;
    },
  });
  if (done) redirect({ href: { pathname: "/manage/events", query: { done: "deleted" } }, locale });
  return result;
}
