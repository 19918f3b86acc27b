import { absoluteUrl, escapeHtml, namespaceTranslator, render } from "../mail/templates";
import { sendMail } from "../mail/transport";
import { alertToken, manageToken } from "./tokens";

// Alert emails in the subscriber's language (messages "Alerts.mail"). Every mail about an alert
// carries its one-click unsubscribe: a link in the text and the List-Unsubscribe and
// List-Unsubscribe-Post headers (RFC 8058), which mail programs show as an "Unsubscribe" button
// that POSTs to /api/alerts/unsubscribe.

export function unsubscribeUrls(alertId: string, locale: string) {
  const token = encodeURIComponent(alertToken("alert-unsubscribe", alertId));
  return {
    page: absoluteUrl(`/${locale}/alerts/unsubscribe/${token}`),
    oneClick: absoluteUrl(`/api/alerts/unsubscribe?token=${token}`),
  };
}

function unsubscribeHeaders(urls: { oneClick: string }): Record<string, string> {
  return { "List-Unsubscribe": `<${urls.oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

export async function sendAlertConfirmEmail(options: { to: string; locale: string; alertId: string; frequency: "DAILY" | "WEEKLY"; searchUrl: string }) {
  const { t, locale } = await namespaceTranslator(options.locale, "Alerts.mail");
  const confirmUrl = absoluteUrl(`/${locale}/alerts/confirm/${encodeURIComponent(alertToken("alert-confirm", options.alertId))}`);
  const body = render({
    greeting: t("greeting"),
    paragraphs: [t("confirmText", { frequency: options.frequency === "DAILY" ? "daily" : "weekly" }), `${t("searchLabel")}: ${options.searchUrl}`, t("confirmIgnore")],
    action: { label: t("confirmAction"), url: confirmUrl },
    footer: t("footer"),
  });
  await sendMail({ kind: "alert-confirm", to: options.to, subject: t("confirmSubject"), ...body });
}

export async function sendAlertManageEmail(options: { to: string; locale: string; count: number }) {
  const { t, locale } = await namespaceTranslator(options.locale, "Alerts.mail");
  const url = absoluteUrl(`/${locale}/alerts/manage/${encodeURIComponent(manageToken(options.to))}`);
  const body = render({
    greeting: t("greeting"),
    paragraphs: [t("manageText", { count: options.count }), t("manageIgnore")],
    action: { label: t("manageAction"), url },
    footer: t("footer"),
  });
  await sendMail({ kind: "alert-manage", to: options.to, subject: t("manageSubject"), ...body });
}

export type DigestEntry = { title: string; url: string; changed: boolean };

export async function sendAlertDigestEmail(options: {
  to: string;
  locale: string;
  alertId: string;
  frequency: "DAILY" | "WEEKLY";
  newCount: number;
  changedCount: number;
  activities: DigestEntry[];
  news: DigestEntry[];
  /** Upcoming events of the search's regions (alert.includeEvents), the date in the title. */
  events?: DigestEntry[];
  searchUrl: string;
}) {
  const events = options.events ?? [];
  const { t, locale } = await namespaceTranslator(options.locale, "Alerts.mail");
  const urls = unsubscribeUrls(options.alertId, locale);
  const total = options.newCount + options.changedCount;
  const line = (entry: DigestEntry) => `${entry.changed ? `(${t("changed")}) ` : ""}${entry.title}`;
  const intro = total > 0 ? t("digestCount", { new: options.newCount, changed: options.changedCount }) : options.news.length > 0 ? t("digestOnlyNews") : t("digestOnlyEvents");
  const more = total > options.activities.length ? t("digestMore", { count: total - options.activities.length }) : undefined;
  const text = [
    t("greeting"),
    "",
    intro,
    "",
    ...options.activities.flatMap((entry) => [`- ${line(entry)}`, `  ${entry.url}`]),
    ...(more ? ["", more] : []),
    "",
    `${t("digestSearchAction")}: ${options.searchUrl}`,
    ...(options.news.length ? ["", t("digestNewsTitle"), ...options.news.flatMap((entry) => [`- ${entry.title}`, `  ${entry.url}`])] : []),
    ...(events.length ? ["", t("digestEventsTitle"), ...events.flatMap((entry) => [`- ${entry.title}`, `  ${entry.url}`])] : []),
    "",
    `${t("unsubscribeLabel")}: ${urls.page}`,
    t("manageHint", { url: absoluteUrl(`/${locale}/alerts/manage`) }),
  ].join("\n");
  const list = (entries: DigestEntry[]) =>
    `<ul>${entries.map((entry) => `<li><a href="${escapeHtml(entry.url)}">${escapeHtml(line(entry))}</a></li>`).join("")}</ul>`;
  const html =
    `<p>${escapeHtml(t("greeting"))}</p><p>${escapeHtml(intro)}</p>` +
    (options.activities.length ? list(options.activities) : "") +
    (more ? `<p>${escapeHtml(more)}</p>` : "") +
    `<p><a href="${escapeHtml(options.searchUrl)}">${escapeHtml(t("digestSearchAction"))}</a></p>` +
    (options.news.length ? `<h2>${escapeHtml(t("digestNewsTitle"))}</h2>${list(options.news)}` : "") +
    (events.length ? `<h2>${escapeHtml(t("digestEventsTitle"))}</h2>${list(events)}` : "") +
    `<p style="color:#555"><a href="${escapeHtml(urls.page)}">${escapeHtml(t("unsubscribeLabel"))}</a> · ${escapeHtml(t("manageHint", { url: absoluteUrl(`/${locale}/alerts/manage`) }))}</p>`;
  const subject = total > 0 ? t("digestSubject", { count: total }) : options.news.length > 0 ? t("digestNewsSubject", { count: options.news.length }) : t("digestEventsSubject", { count: events.length });
  await sendMail({ kind: "alert-digest", to: options.to, subject, text, html, headers: unsubscribeHeaders(urls) });
}
