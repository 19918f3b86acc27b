import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Fact } from "@/components/ui/fact";
import { LinkedText } from "@/components/ui/linked-text";
import { formatSession, machineTime } from "@/lib/events/format";
import { eventJsonLd, jsonLdScript } from "@/lib/events/json-ld";
import { getPublicEvent } from "@/lib/events/queries";
import { formatCalendarDate, formatList } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { languageDirection, languageName } from "@/lib/reference/languages";
import { siteOrigin } from "@/lib/site/origin";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const event = await getPublicEvent(id, locale);
  if (!event) return {};
  return {
    title: event.title,
    description: event.summary,
    openGraph: { type: "article", title: event.title, description: event.summary, locale: event.textLocale, images: [{ url: "/icon-512.png", width: 512, height: 512 }] },
    // Over, the page stays for people holding the link, but search engines need not list it.
    robots: event.endsAt > new Date() ? undefined : { index: false },
  };
}

export default async function EventPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const event = await getPublicEvent(id, locale);
  if (!event) notFound();
  const t = await getTranslations("Events");
  const tTax = await getTranslations("Taxonomy");
  const origin = await siteOrigin();
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const url = `${origin}/${locale}/events/${event.id}`;
  const over = event.endsAt <= new Date();
  const online = event.mode !== "ONSITE" || event.state === "MOVED_ONLINE";
  const onsite = event.mode !== "ONLINE" && event.state !== "MOVED_ONLINE";
  const dir = languageDirection(event.textLocale);
  const jsonLd = eventJsonLd({
    url,
    title: event.title,
    description: event.summary,
    language: event.textLocale,
    state: event.state,
    mode: event.mode,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    place: { name: event.placeName, streetAddress: event.streetAddress, postalCode: event.postalCode, locality: event.postOffice ?? event.municipalityName, region: event.regionName },
    onlineUrl: event.onlineUrl,
    organiser: { name: event.organisation.name, url: event.organisation.website ?? `${origin}/${locale}/organisations/${event.organisation.id}` },
    isFree: event.isFree,
    priceText: event.priceText,
    registrationUrl: event.registrationUrl,
    full: event.full,
    publishedAt: event.publishedAt,
  });
  return (
    <article className="flex flex-col gap-6">
      <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: jsonLdScript(jsonLd) }} />
      <p>
        <Link href={over ? "/events/archive" : "/events"} className="text-brand-800 underline">
          {over ? t("archiveTitle") : t("backToList")}
        </Link>
      </p>
      <header className="flex flex-col gap-3">
        <p className="flex flex-wrap gap-2">
          <Badge tone="neutral">{t(`kind.${event.kind}`)}</Badge>
          {event.state !== "SCHEDULED" && <Badge tone="warning">{t(`state.${event.state}`)}</Badge>}
          {event.full && <Badge tone="warning">{t("full")}</Badge>}
          {over && <Badge tone="neutral">{t("over")}</Badge>}
        </p>
        <h1 className="text-3xl font-bold text-brand-800" lang={event.textLocale} dir={dir}>
          {event.title}
        </h1>
        <p className="max-w-3xl text-lg" lang={event.textLocale} dir={dir}>
          {event.summary}
        </p>
        {event.textLocale !== locale && <p className="text-sm text-muted">{t("writtenIn", { language: languageName(event.textLocale, locale) })}</p>}
      </header>
      {event.state !== "SCHEDULED" && (
        <div role="note" className="rounded border-2 border-amber-700 bg-amber-50 p-3">
          <p className="font-semibold">{t(`stateLong.${event.state}`)}</p>
          {event.stateNote && <p className="whitespace-pre-line">{event.stateNote}</p>}
        </div>
      )}
      <div className="flex flex-wrap gap-3">
        <a href={`/api/events/${event.id}/ics?locale=${locale}`} className="inline-block rounded border-2 border-brand-700 bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800" data-testid="add-to-calendar">
          {t("addToCalendar")}
        </a>
        {event.registrationUrl && !event.full && event.state !== "CANCELLED" && !over && (
          <a href={event.registrationUrl} rel="noopener noreferrer" className="inline-block rounded border-2 border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 no-underline hover:bg-brand-50">
            {t("register")}
          </a>
        )}
      </div>
      <dl className="max-w-4xl">
        <Fact label={t("when")}>
          <ul className="flex flex-col gap-1">
            {event.sessions.map((s) => (
              <li key={s.id}>
                <time dateTime={machineTime(s.startsAt)}>{formatSession(s, locale)}</time>
              </li>
            ))}
          </ul>
          <p className="text-sm text-muted">{t("timeZoneNote")}</p>
        </Fact>
        <Fact label={t("where")}>
          {onsite && (
            <p>
              {[event.placeName, event.streetAddress, [event.postalCode, event.postOffice ?? event.municipalityName].filter(Boolean).join(" ")].filter(Boolean).join(", ")}
            </p>
          )}
          {online && <p>{event.onlineUrl ? <a href={event.onlineUrl} rel="noopener noreferrer" className="text-brand-800 underline">{t("onlineLink")}</a> : t("online")}</p>}
          {(event.nationwide || event.regionName) && <p className="text-sm text-muted">{event.nationwide ? t("nationwide") : event.regionName}</p>}
        </Fact>
        <Fact label={t("audienceLabel")}>{formatList(event.audiences.map((a) => t(`audience.${a}` as "audience.anyone")), locale)}</Fact>
        {event.themes.length > 0 && <Fact label={t("themeLabel")}>{formatList(event.themes.map((v) => tTax(`themes.${v}` as "themes.language")), locale)}</Fact>}
        <Fact label={t("languageLabel")}>{formatList(event.languages.map((l) => languageName(l, locale)), locale)}</Fact>
        <Fact label={t("price")}>{event.isFree ? t("free") : (event.priceText ?? t("paid"))}</Fact>
        {(event.registrationUrl || event.registrationEmail || event.registrationDeadline) && (
          <Fact label={t("registration")}>
            {event.full && <p className="font-semibold">{t("fullLong")}</p>}
            {event.registrationDeadline && <p>{t("deadline", { date: formatCalendarDate(event.registrationDeadline, locale) })}</p>}
            {event.registrationEmail && (
              <p>
                <a href={`mailto:${event.registrationEmail}`} className="text-brand-800 underline">
                  {event.registrationEmail}
                </a>
              </p>
            )}
          </Fact>
        )}
        {event.accessibility.length > 0 && <Fact label={t("accessibility")}>{formatList(event.accessibility.map((a) => tTax(`accessibility.${a}` as "accessibility.step-free")), locale)}</Fact>}
        <Fact label={t("organiser")}>
          <Link href={`/organisations/${event.organisation.id}`} className="text-brand-800 underline">
            <bdi>{event.organisation.name}</bdi>
          </Link>
        </Fact>
        {(event.contactName || event.contactEmail || event.contactPhone) && (
          <Fact label={t("contact")}>
            {event.contactName && <p>{event.contactName}</p>}
            {event.contactEmail && (
              <p>
                <a href={`mailto:${event.contactEmail}`} className="text-brand-800 underline">
                  {event.contactEmail}
                </a>
              </p>
            )}
            {event.contactPhone && (
              <p>
                <a href={`tel:${event.contactPhone.replace(/[^\d+]/g, "")}`} className="text-brand-800 underline">
                  <bdi>{event.contactPhone}</bdi>
                </a>
              </p>
            )}
          </Fact>
        )}
      </dl>
      <section aria-labelledby="event-description" className="flex max-w-3xl flex-col gap-2">
        <h2 id="event-description" className="text-2xl font-semibold">
          {t("description")}
        </h2>
        <div lang={event.textLocale} dir={dir} className="whitespace-pre-line">
          <LinkedText text={event.description} />
        </div>
      </section>
    </article>
  );
}
