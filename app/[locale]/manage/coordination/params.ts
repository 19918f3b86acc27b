import "server-only";
import { notFound } from "next/navigation";
import type { SessionUser } from "@/lib/auth/session";
import { demandRegionsOf } from "@/lib/demand/coordinators";
import { currentDemandMonth, isMonth } from "@/lib/demand/queries";
import { intlLocale } from "@/lib/i18n/locales";
import { firstParam, type SearchParams } from "@/lib/i18n/page-params";
import { getReferenceData } from "@/lib/reference/municipalities";

/** "00" in the address stands for searches that named no place (moderators only). */
export const NO_PLACE = "00";

/** The regions the user may choose and the chosen region and month; 404 for anyone without any. */
export async function coordinationParams(user: SessionUser, searchParams: SearchParams) {
  const access = await demandRegionsOf(user);
  const { regions } = await getReferenceData();
  const choices = access.all ? [...[...regions.keys()].sort(), NO_PLACE] : access.regions;
  if (choices.length === 0) notFound();
  const asked = firstParam(searchParams, "region");
  const region = asked && choices.includes(asked) ? asked : choices[0]!;
  const askedMonth = firstParam(searchParams, "month");
  const month = isMonth(askedMonth) ? askedMonth : currentDemandMonth();
  return { choices, region, regionCode: region === NO_PLACE ? "" : region, month };
}

/** "joulukuu 2026" / "December 2026" (Latin digits, as everywhere in the UI). */
export function monthLabel(month: string, locale: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Intl.DateTimeFormat(intlLocale(locale), { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, 15)));
}
