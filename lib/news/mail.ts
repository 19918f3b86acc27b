import { absoluteUrl, namespaceTranslator, render } from "../mail/templates";
import { sendMail } from "../mail/transport";

// News mail in the recipient's language (messages "News.mail"): a moderator returned news to its
// author, with the moderator's reason, and a link to edit it.

export async function sendNewsReturnedEmail(options: { to: string; locale: string; title: string; feedback: string; newsId: string }) {
  const { t, locale } = await namespaceTranslator(options.locale, "News.mail");
  const body = render({
    greeting: t("greeting"),
    paragraphs: [t("returnedText", { title: options.title }), `${t("reasonLabel")}:\n${options.feedback}`, t("returnedNext")],
    action: { label: t("editAction"), url: absoluteUrl(`/${locale}/manage/news/${options.newsId}`) },
    footer: t("footer"),
  });
  await sendMail({ kind: "news-returned", to: options.to, subject: t("returnedSubject", { title: options.title }), ...body });
}
