import { createTranslator } from "use-intl/core";
import { env } from "../env";
import { readCatalogue } from "../i18n/catalogue";
import { DEFAULT_LOCALE, isLocale } from "../i18n/locales";
import { sendMail } from "./transport";

// Localized emails. Texts live in messages/<locale>.json under "Email"; user text (titles,
// feedback) is inserted as text and escaped in the HTML part.

type EmailMessages = Record<string, string>;

const catalogue = (locale: string) => readCatalogue(locale) as Promise<{ Email?: EmailMessages }>;

async function translator(locale: string) {
  let chosen: string = isLocale(locale) ? locale : DEFAULT_LOCALE;
  let messages = await catalogue(chosen);
  if (!messages.Email) {
    // A UI locale whose emails are not translated yet: English, the most widely read fallback.
    chosen = "en";
    messages = await catalogue("en");
  }
  return { t: createTranslator({ locale: chosen, messages: messages as { Email: EmailMessages }, namespace: "Email" }), locale: chosen };
}

/**
 * A translator for another namespace of the catalogue (mail texts kept next to their feature,
 * e.g. "Alerts.mail"); the same English fallback as "Email".
 */
export async function namespaceTranslator(locale: string, namespace: string) {
  let chosen: string = isLocale(locale) ? locale : DEFAULT_LOCALE;
  let messages = (await catalogue(chosen)) as Record<string, unknown>;
  const top = namespace.split(".")[0]!;
  if (!messages[top]) {
    chosen = "en";
    messages = (await catalogue("en")) as Record<string, unknown>;
  }
  return { t: createTranslator({ locale: chosen, messages, namespace } as never) as unknown as (key: string, values?: Record<string, string | number>) => string, locale: chosen };
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

export function render(parts: { greeting: string; paragraphs: string[]; action?: { label: string; url: string }; footer: string }) {
  const text = [parts.greeting, "", ...parts.paragraphs.flatMap((p) => [p, ""]), ...(parts.action ? [`${parts.action.label}: ${parts.action.url}`, ""] : []), parts.footer].join("\n");
  const html =
    `<p>${escapeHtml(parts.greeting)}</p>` +
    parts.paragraphs.map((p) => `<p style="white-space:pre-line">${escapeHtml(p)}</p>`).join("") +
    (parts.action ? `<p><a href="${escapeHtml(parts.action.url)}">${escapeHtml(parts.action.label)}</a></p>` : "") +
    `<p style="color:#555">${escapeHtml(parts.footer)}</p>`;
  return { text, html };
}

export function absoluteUrl(pathname: string): string {
  return new URL(pathname, env.SITE_URL).toString();
}

export async function sendSignInEmail(options: { to: string; url: string; locale: string }) {
  const { t } = await translator(options.locale);
  const body = render({ greeting: t("greeting"), paragraphs: [t("signInText")], action: { label: t("signInAction"), url: options.url }, footer: t("signInFooter") });
  await sendMail({ kind: "sign-in", to: options.to, subject: t("signInSubject"), ...body });
}

export async function sendInvitationEmail(options: { to: string; organisationName: string; inviterEmail: string; role: string; locale: string }) {
  const { t, locale } = await translator(options.locale);
  const body = render({
    greeting: t("greeting"),
    paragraphs: [
      t("invitationText", { inviter: options.inviterEmail, organisation: options.organisationName, role: t(`role${options.role === "OWNER" ? "Owner" : "Editor"}`) }),
      t("invitationIgnore"),
    ],
    action: { label: t("invitationAction"), url: absoluteUrl(`/${locale}/signin?callbackUrl=${encodeURIComponent(`/${locale}/manage`)}`) },
    footer: t("footer"),
  });
  await sendMail({ kind: "invitation", to: options.to, subject: t("invitationSubject", { organisation: options.organisationName }), ...body });
}

export async function sendModerationEmail(options: { to: string; locale: string; title: string; decision: "approved" | "rejected"; feedback?: string | null; activityId: string }) {
  const { t, locale } = await translator(options.locale);
  const paragraphs =
    options.decision === "approved"
      ? [t("approvedText", { title: options.title })]
      : [t("rejectedText", { title: options.title }), `${t("feedbackLabel")}:\n${options.feedback ?? ""}`];
  const body = render({
    greeting: t("greeting"),
    paragraphs,
    action: { label: t("openNotice"), url: absoluteUrl(`/${locale}/manage/notices/${options.activityId}`) },
    footer: t("footer"),
  });
  const subject = options.decision === "approved" ? t("approvedSubject", { title: options.title }) : t("rejectedSubject", { title: options.title });
  await sendMail({ kind: `moderation-${options.decision}`, to: options.to, subject, ...body });
}

export async function sendReminderEmail(options: { to: string; locale: string; title: string; days: number; validUntil: string; confirmUrl: string; capacityUrl?: string; activityId: string }) {
  const { t, locale } = await translator(options.locale);
  const body = render({
    greeting: t("greeting"),
    paragraphs: [
      t("reminderText", { title: options.title, days: options.days, date: options.validUntil }),
      t("reminderEdit", { url: absoluteUrl(`/${locale}/manage/notices/${options.activityId}`) }),
      ...(options.capacityUrl ? [t("reminderCapacity", { url: options.capacityUrl })] : []),
    ],
    action: { label: t("reminderAction"), url: options.confirmUrl },
    footer: t("footer"),
  });
  await sendMail({ kind: "reminder", to: options.to, subject: t("reminderSubject", { title: options.title, days: options.days }), ...body });
}

/**
 * A report of a problem with a notice (docs/decisions/011). Organisers get the one-click answer
 * link; moderators a link to the reports page. The visitor's message is plain text in both
 * parts (escaped in HTML, never turned into a link by us).
 */
export async function sendReportEmail(options: {
  to: string;
  locale: string;
  role: "organiser" | "moderator";
  title: string;
  reason: string;
  message: string | null;
  reporterEmail: string | null;
  answerUrl?: string;
  activityId: string;
}) {
  const { t, locale } = await translator(options.locale);
  const paragraphs = [
    t("reportText", { title: options.title }),
    `${t("reportReasonLabel")}: ${t(`reportReason${options.reason}`)}`,
    ...(options.message ? [`${t("reportMessageLabel")}:\n${options.message}`] : []),
    ...(options.reporterEmail ? [t("reportReplyTo", { email: options.reporterEmail })] : []),
    options.role === "organiser" ? t("reportAnswerHelp") : t("reportModeratorHelp"),
  ];
  const body = render({
    greeting: t("greeting"),
    paragraphs,
    action:
      options.role === "organiser" && options.answerUrl
        ? { label: t("reportAnswerAction"), url: options.answerUrl }
        : { label: t("reportModeratorAction"), url: absoluteUrl(`/${locale}/moderation/reports`) },
    footer: t("footer"),
  });
  await sendMail({ kind: `report-${options.role}`, to: options.to, subject: t("reportSubject", { title: options.title }), ...body });
}

/** A moderator's decision on a claim to manage an organisation (texts under "Import.claims.mail"). */
export async function sendClaimDecisionEmail(options: { to: string; locale: string; organisationName: string; organisationId: string; approved: boolean }) {
  const { t, locale } = await namespaceTranslator(options.locale, "Import.claims.mail");
  const name = options.organisationName;
  const body = render({
    greeting: t("greeting"),
    paragraphs: [options.approved ? t("approvedText", { name }) : t("rejectedText", { name })],
    action: options.approved ? { label: t("approvedAction"), url: absoluteUrl(`/${locale}/manage/organisations/${options.organisationId}`) } : undefined,
    footer: t("footer"),
  });
  await sendMail({ kind: options.approved ? "claim-approved" : "claim-rejected", to: options.to, subject: options.approved ? t("approvedSubject", { name }) : t("rejectedSubject", { name }), ...body });
}
