import { getLocale, getTranslations } from "next-intl/server";
import type { ActivitySummary } from "@/lib/activities/queries";
import { formatList, formatShortDate } from "@/lib/i18n/format";
import { getPathname } from "@/lib/i18n/navigation";
import { placeholder } from "@/lib/i18n/text-template";
import { languageDirection, languageName } from "@/lib/reference/languages";
import type { CapacityShown } from "@/lib/reports/status";
import { describeSlots } from "@/lib/schedule/summary";
import { importedNoteText } from "@/components/open-data/provenance";
import type { AddToListLabels } from "@/components/referral/add-to-list";
import { shortlistLabels } from "@/components/referral/add-to-list-server";

/** The short facts a card can show as badges; their texts are in CardLabels. */
export type CardBadge = "free" | "fee" | "referrals" | "childcare";

/**
 * One search result as the card shows it: every text already formatted here, on the server, in
 * the page's language. The card is a client component fed this (docs/decisions/019): the
 * component payload then carries these strings once per card instead of the card's whole
 * element tree, which a server component would put in the page a second time. What every card
 * says alike ("Free", "Details confirmed on {date}") is in CardLabels, sent once; a card carries
 * only which of them apply and their dates.
 */
export type CardData = {
  id: string;
  title: string;
  summary: string;
  /** The title's and summary's language when it is not the page's: its code, direction and name. */
  foreign?: { lang: string; dir: "ltr" | "rtl"; name: string };
  organiser: string;
  where?: string;
  when?: string;
  languages: string;
  badges: CardBadge[];
  /** The organiser's "is there room?" and the date it was said. */
  capacity?: [status: CapacityShown["status"], date: string];
  /** The date it was reported as possibly out of date. */
  reported?: string;
  /** The date its details were confirmed; an unconfirmed imported notice has `imported` instead. */
  confirmed?: string;
  /** "Not confirmed · imported from …" */
  imported?: string;
};

/**
 * The texts every card shares, sent once with the list (ActivityCards). A text with a date or a
 * name in it is a template ("{date}", "{language}") filled in by the card.
 */
export type CardLabels = {
  organiser: string;
  where: string;
  when: string;
  languages: string;
  badges: Record<CardBadge, string>;
  capacity: Record<CapacityShown["status"], string>;
  originalLanguage: string;
  confirmed: string;
  reported: string;
  /** "/fi/activities/": a notice's page is this and its id. */
  noticePath: string;
  shortlist: AddToListLabels;
};

export async function cardLabels(): Promise<CardLabels> {
  const locale = await getLocale();
  const t = await getTranslations("ActivityCard");
  const tCapacity = await getTranslations("Capacity");
  const date = { date: placeholder("date") };
  return {
    organiser: `${t("organiser")}:`,
    where: `${t("where")}:`,
    when: `${t("when")}:`,
    languages: `${t("languages")}:`,
    badges: { free: t("free"), fee: t("fee"), referrals: t("referrals"), childcare: t("childcare") },
    capacity: {
      ROOM: tCapacity("shown.ROOM", date),
      WAITING_LIST: tCapacity("shown.WAITING_LIST", date),
      FULL: tCapacity("shown.FULL", date),
      UNKNOWN: tCapacity("shown.UNKNOWN", date),
    },
    originalLanguage: t("originalLanguage", { language: placeholder("language") }),
    confirmed: t("confirmed", date),
    reported: tCapacity("reportedOn", date),
    noticePath: getPathname({ href: "/activities/", locale }),
    shortlist: await shortlistLabels(),
  };
}

export async function cardData(activity: ActivitySummary): Promise<CardData> {
  const locale = await getLocale();
  const t = await getTranslations("ActivityCard");
  const where = activity.nationwide
    ? t("nationwide")
    : formatList(activity.municipalityNames, locale) || (activity.mode === "ONLINE" ? t("online") : "");
  const slots = describeSlots(activity.slots, locale, "short");
  const languages = [...new Set([...activity.languages, ...activity.supportLanguages])].map((code) => languageName(code, locale));
  const badges: CardBadge[] = [activity.isFree ? "free" : "fee"];
  if (activity.acceptsReferrals) badges.push("referrals");
  if (activity.childcare) badges.push("childcare");
  const { capacity } = activity;
  const foreign = activity.contentLocale !== locale;
  return {
    id: activity.id,
    title: activity.title,
    summary: activity.summary,
    ...(foreign && {
      foreign: { lang: activity.contentLocale, dir: languageDirection(activity.contentLocale), name: languageName(activity.contentLocale, locale) },
    }),
    organiser: activity.organisation.name,
    ...(where && { where }),
    ...(slots.length > 0 && { when: formatList(slots.map((s) => `${s.day} ${s.time}`), locale) }),
    languages: formatList(languages, locale),
    badges,
    ...(capacity && { capacity: [capacity.status, formatShortDate(capacity.setAt, locale)] }),
    ...(activity.reportedOn && { reported: formatShortDate(activity.reportedOn, locale) }),
    ...(activity.awaitingOrganiser
      ? { imported: await importedNoteText(activity.importSource) }
      : { confirmed: formatShortDate(activity.lastConfirmedAt, locale) }),
  };
}
