import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import type { ActivitySummary } from "@/lib/activities/queries";
import { formatList, formatShortDate } from "@/lib/i18n/format";
import { getPathname } from "@/lib/i18n/navigation";
import { languageDirection, languageName } from "@/lib/reference/languages";
import { describeSlots } from "@/lib/schedule/summary";
import type { BadgeTone } from "@/components/ui/badge";
import { importedNoteText } from "@/components/open-data/provenance";
import type { AddToListLabels } from "@/components/referral/add-to-list";
import { shortlistLabels } from "@/components/referral/add-to-list-server";
import { capacityTone } from "@/components/reports/capacity-note";

/**
 * One search result as the card shows it: every text already formatted here, on the server, in
 * the page's language. The card is a client component fed this (docs/decisions/019): the
 * component payload then carries these strings once per card instead of the card's whole
 * element tree, which a server component would put in the page a second time.
 */
export type CardData = {
  id: string;
  title: string;
  summary: string;
  /** The title's and summary's language and direction when they are not the page's, with the note saying so. */
  foreign?: { lang: string; dir: "ltr" | "rtl"; note: string };
  organiser: string;
  where?: string;
  when?: string;
  languages: string;
  /** Tone, text and, for the organiser's "is there room?", its status. Tuples: twenty cards' worth travel in the payload. */
  badges: [tone: BadgeTone, text: string, capacity?: string][];
  reported?: string;
  /** "Details confirmed on …", or where an unconfirmed imported notice came from. */
  foot: string;
};

/** The texts every card shares: one object per request, so the payload sends it once. */
export type CardLabels = {
  organiser: string;
  where: string;
  when: string;
  languages: string;
  /** "/fi/activities/": a notice's page is this and its id. */
  noticePath: string;
  shortlist: AddToListLabels;
};

export const cardLabels = cache(async (): Promise<CardLabels> => {
  const locale = await getLocale();
  const t = await getTranslations("ActivityCard");
  return {
    organiser: `${t("organiser")}:`,
    where: `${t("where")}:`,
    when: `${t("when")}:`,
    languages: `${t("languages")}:`,
    noticePath: getPathname({ href: "/activities/", locale }),
    shortlist: await shortlistLabels(),
  };
});

export async function cardData(activity: ActivitySummary): Promise<CardData> {
  const locale = await getLocale();
  const t = await getTranslations("ActivityCard");
  const tCapacity = await getTranslations("Capacity");
  const where = activity.nationwide
    ? t("nationwide")
    : formatList(activity.municipalityNames, locale) || (activity.mode === "ONLINE" ? t("online") : "");
  const slots = describeSlots(activity.slots, locale, "short");
  const languages = [...new Set([...activity.languages, ...activity.supportLanguages])].map((code) => languageName(code, locale));
  const badges: CardData["badges"] = [activity.isFree ? ["positive", t("free")] : ["neutral", t("fee")]];
  if (activity.acceptsReferrals) badges.push(["positive", t("referrals")]);
  if (activity.childcare) badges.push(["neutral", t("childcare")]);
  const capacity = activity.capacity;
  if (capacity) {
    badges.push([capacityTone(capacity.status), tCapacity(`shown.${capacity.status}`, { date: formatShortDate(capacity.setAt, locale) }), capacity.status]);
  }
  const foreign = activity.contentLocale !== locale;
  return {
    id: activity.id,
    title: activity.title,
    summary: activity.summary,
    ...(foreign && {
      foreign: {
        lang: activity.contentLocale,
        dir: languageDirection(activity.contentLocale),
        note: t("originalLanguage", { language: languageName(activity.contentLocale, locale) }),
      },
    }),
    organiser: activity.organisation.name,
    ...(where && { where }),
    ...(slots.length > 0 && { when: formatList(slots.map((s) => `${s.day} ${s.time}`), locale) }),
    languages: formatList(languages, locale),
    badges,
    ...(activity.reportedOn && { reported: tCapacity("reportedOn", { date: formatShortDate(activity.reportedOn, locale) }) }),
    foot: activity.awaitingOrganiser
      ? await importedNoteText(activity.importSource)
      : t("confirmed", { date: formatShortDate(activity.lastConfirmedAt, locale) }),
  };
}
