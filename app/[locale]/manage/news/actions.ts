"use server";
import { refresh } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { z } from "zod";
import { runAction, type ActionResult } from "@/lib/actions/action";
import { archiveNews, createNews, decideNews } from "@/lib/news/mutations";
import { newsDecisionSchema, newsSchema } from "@/lib/validation/news";
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
