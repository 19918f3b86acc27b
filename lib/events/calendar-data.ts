import "server-only";
import { Feed } from "feed";
import { getTranslations } from "next-intl/server";
import { pickTranslation } from "../activities/translation";
import { getReferenceData, municipalityName } from "../reference/municipalities";
import { buildCalendar, type CalendarEvent } from "./ics";
import type { EventFilters } from "./filters";
import { eventFilterQuery } from "./filters";
import type { FeedEvent } from "./queries";

// From stored events to what the calendar and feed routes send: the texts in the reader's
// language (the original where none), the place as one line, the public page as the URL.

export async function toCalendarEvent(e: FeedEvent, options: { locale: string; origin: string }): Promise<CalendarEvent> {
  const { municipalities } = await getReferenceData();
  const text = pickTranslation(e.translations, options.locale, e.originalLanguage);
  const municipality = e.municipalityCode ? municipalities.get(e.municipalityCode) : undefined;
  const t = await getTranslations({ locale: options.locale, namespace: "Events" });
  const place = [e.placeName, e.streetAddress, [e.postalCode, e.postOffice ?? (municipality ? municipalityName(municipality, options.locale) : undefined)].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  const online = e.mode !== "ONSITE" || e.state === "MOVED_ONLINE";
  const location = e.mode === "ONLINE" || e.state === "MOVED_ONLINE" ? t("online") : place ? (online ? `${place} / ${t("online")}` : place) : undefined;
  const state = e.state === "SCHEDULED" ? "" : `${t(`state.${e.state}`)}${e.stateNote ? `: ${e.stateNote}` : ""}\n\n`;
  return {
    id: e.id,
    title: e.state === "CANCELLED" ? `${t("state.CANCELLED")}: ${text?.title ?? ""}` : (text?.title ?? ""),
    description: `${state}${text?.summary ?? ""}`,
    url: `${options.origin}/${options.locale}/events/${e.id}`,
    state: e.state,
    location,
    organiser: { name: e.organisation.name, email: e.contactEmail ?? e.organisation.email },
    sessions: e.sessions,
    updatedAt: e.updatedAt,
  };
}

export async function calendarResponse(options: { events: FeedEvent[]; locale: string; origin: string; name: string; filename: string }): Promise<Response> {
  const events = await Promise.all(options.events.map((e) => toCalendarEvent(e, options)));
  const body = buildCalendar({ name: options.name, events, host: new URL(options.origin).host });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${options.filename}"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}

export async function newsFeed(options: { events: FeedEvent[]; locale: string; origin: string; filters: EventFilters; format: "rss" | "atom" }): Promise<Response> {
  const t = await getTranslations({ locale: options.locale, namespace: "Events" });
  const query = new URLSearchParams(eventFilterQuery(options.filters));
  const listUrl = `${options.origin}/${options.locale}/events${query.size ? `?${query}` : ""}`;
  query.set("locale", options.locale);
  const feed = new Feed({
    id: listUrl,
    title: t("feedTitle"),
    description: t("feedDescription"),
    link: listUrl,
    language: options.locale,
    updated: options.events[0]?.publishedAt ?? new Date(0),
    copyright: "Tukiverkko",
    feedLinks: { atom: `${options.origin}/api/events/feed?format=atom&${query}`, rss: `${options.origin}/api/events/feed?format=rss&${query}` },
  });
  for (const e of options.events) {
    const text = pickTranslation(e.translations, options.locale, e.originalLanguage);
    const url = `${options.origin}/${options.locale}/events/${e.id}`;
    feed.addItem({ id: url, link: url, title: text?.title ?? "", description: text?.summary ?? "", date: e.publishedAt ?? e.updatedAt, author: [{ name: e.organisation.name }] });
  }
  const atom = options.format === "atom";
  return new Response(atom ? feed.atom1() : feed.rss2(), {
    headers: { "Content-Type": atom ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
