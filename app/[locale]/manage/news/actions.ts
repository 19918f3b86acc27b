"use server";
import { refresh } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { z } from "zod";
import { runAction, type ActionResult } from "@/lib/actions/action";
import { archiveNews, createNews, decideNews, saveNewsTranslation, updateNews } from "@/lib/news/mutations";
import { newsDecisionSchema, newsEditSchema, newsSchema, newsTranslationSchema } from "@/lib/validation/news";
import { recordId } from "@/lib/validation/fields";

// News (docs/decisions/014): members submit, moderators publish and decide; each mutation
// checks the specific record itself.

export async function createNewsAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const t = await getTranslations("News");
  const result = await runAction(formData, {
    schema: newsSchema,
    access: "user",
    rateLimit: { name: "newsSubmitPerUser", key: (_data, user) => user!.id },
    handler: async ({ data, user }) => {
      const { status } = await createNews({ actor: user, input: data });
      return { notice: status === "PUBLISHED" ? t("publishedNow") : t("submitted"), resetForm: true };
    },
  });
  if (result.httpStatus === 200) refresh();
  return result;
}

/** Edits news; a member's edit sends it to review again (lib/news/mutations.ts statusAfterChange). */
export async function updateNewsAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const t = await getTranslations("News");
  const result = await runAction(formData, {
    schema: newsEditSchema,
    access: "user",
    rateLimit: { name: "newsEditPerUser", key: (_data, user) => user!.id },
    handler: async ({ data, user }) => {
      const { status } = await updateNews({ actor: user, newsId: data.newsId, input: data });
      return { notice: status === "SUBMITTED" ? t("edit.savedForReview") : t("edit.saved") };
    },
  });
  if (result.httpStatus === 200) refresh();
  return result;
}

export async function saveNewsTranslationAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const locale = await getLocale();
  let saved: { newsId: string; language: string } | undefined;
  const result = await runAction(formData, {
    schema: newsTranslationSchema,
    access: "user",
    rateLimit: { name: "newsEditPerUser", key: (_data, user) => user!.id },
    handler: async ({ data, user }) => {
      await saveNewsTranslation({ actor: user, input: data });
      saved = { newsId: data.newsId, language: data.language };
    },
  });
  // A fresh page: the list of languages then includes the one just saved.
  if (saved) redirect({ href: { pathname: `/manage/news/${saved.newsId}`, query: { language: saved.language, done: "translation" } }, locale });
  return result;
}

export async function archiveNewsAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const t = await getTranslations("News");
  const result = await runAction(formData, {
    schema: z.object({ newsId: recordId }),
    access: "user",
    handler: async ({ data, user }) => {
      await archiveNews({ actor: user, newsId: data.newsId });
      return { notice: t("archived") };
    },
  });
  if (result.httpStatus === 200) refresh();
  return result;
}

export async function decideNewsAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const t = await getTranslations("News");
  const result = await runAction(formData, {
    schema: newsDecisionSchema,
    access: "moderator",
    handler: async ({ data, user }) => {
      await decideNews({ actor: user, newsId: data.newsId, decision: data.decision, feedback: data.feedback });
      return { notice: t("decided") };
    },
  });
  // The decided news leaves the queue, so the outcome is shown on top of the page again.
  if (result.httpStatus === 200) redirect({ href: { pathname: "/moderation/news", query: { decided: "1" } }, locale: await getLocale() });
  return result;
}
