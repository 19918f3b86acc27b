import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { formatSession, machineTime } from "@/lib/events/format";
import type { EventSummary } from "@/lib/events/queries";
import { Link } from "@/lib/i18n/navigation";
import { languageDirection, languageName } from "@/lib/reference/languages";

/** One event in a list: when first (the next session), what, where, for whom, and its state. */
export async function EventCard({ event, locale, headingLevel = 2 }: { event: EventSummary; locale: string; headingLevel?: 2 | 3 }) {
  const t = await getTranslations("Events");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const cancelled = event.state === "CANCELLED";
  const where = event.mode === "ONLINE" || event.state === "MOVED_ONLINE" ? t("online") : [event.placeName, event.municipalityName].filter(Boolean).join(", ");
  return (
    <article className={`flex flex-col gap-2 rounded-lg border p-4 ${cancelled ? "border-slate-400 bg-slate-50" : "border-brand-100"}`}>
      <p className="font-semibold text-brand-800">
        <time dateTime={machineTime(event.next.startsAt)}>{formatSession(event.next, locale)}</time>
        {event.sessions.length > 1 && <span className="font-normal text-muted"> · {t("sessionCount", { count: event.sessions.length })}</span>}
      </p>
      {/* The title and summary in their own language and direction, as on activity cards. */}
      <Heading lang={event.textLocale} dir={languageDirection(event.textLocale)} className="text-xl font-semibold">
        <Link href={`/events/${event.id}`} className={`text-brand-800 underline ${cancelled ? "line-through" : ""}`}>
          {event.title}
        </Link>
      </Heading>
      <p className="flex flex-wrap gap-2">
        <Badge tone="neutral">{t(`kind.${event.kind}`)}</Badge>
        {event.state !== "SCHEDULED" && <Badge tone="warning">{t(`state.${event.state}`)}</Badge>}
        {event.full && <Badge tone="warning">{t("full")}</Badge>}
        {event.isFree ? <Badge tone="positive">{t("free")}</Badge> : null}
        {event.mode !== "ONSITE" && event.state !== "MOVED_ONLINE" && <Badge tone="neutral">{t(event.mode === "HYBRID" ? "hybrid" : "online")}</Badge>}
      </p>
      <p lang={event.textLocale} dir={languageDirection(event.textLocale)}>
        {event.summary}
      </p>
      {!event.translated && <p className="text-sm text-muted">{t("writtenIn", { language: languageName(event.textLocale, locale) })}</p>}
      <p className="text-sm text-muted">
        {[where || event.regionName, event.nationwide ? t("nationwide") : undefined].filter(Boolean).join(" · ")}
        {" · "}
        <bdi>{event.organisation.name}</bdi>
      </p>
    </article>
  );
}

export async function EventList({ items, locale, headingLevel = 2 }: { items: EventSummary[]; locale: string; headingLevel?: 2 | 3 }) {
  return (
    <ul className="flex flex-col gap-4">
      {items.map((event) => (
        <li key={event.id}>
          <EventCard event={event} locale={locale} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
