import { hasLocale } from "next-intl";
import { coverageLabels } from "@/components/coverage/labels";
import { areaTable, crossTable, dimensionTable, gapTable, type DataTable } from "@/components/coverage/tables";
import { demandTable } from "@/components/demand/demand-table";
import { getSessionUser } from "@/lib/auth/session";
import { COVERAGE_DIMENSIONS, DIMENSION_VALUES, getCoverage, getRegionCoverage, type CoverageDimension } from "@/lib/coverage/coverage";
import { toCsv } from "@/lib/coverage/csv";
import { emptyAreas, findGaps, MUNICIPALITY_MIN_POPULATION } from "@/lib/coverage/gaps";
import { isMonth } from "@/lib/demand/queries";
import { isAppError } from "@/lib/errors/app-error";
import { routing } from "@/lib/i18n/routing";
import { getReferenceData } from "@/lib/reference/municipalities";

// Every table of the coverage pages (and, for coordinators and moderators, the demand table)
// as CSV: /{locale}/coverage/csv?table=regions|groups|gaps|municipalities|dim-<dimension>|demand
// &area=<region or municipality code>&month=YYYY-MM. Unknown tables and places are 404.

const notFound = () => new Response("Not found", { status: 404 });

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return notFound();
  const url = new URL(request.url);
  const table = url.searchParams.get("table") ?? "";
  const code = url.searchParams.get("area") ?? "";
  const labels = await coverageLabels(locale);
  const country = await getCoverage();
  let result: DataTable | undefined;

  if (table === "demand") {
    const month = url.searchParams.get("month") ?? undefined;
    const user = await getSessionUser();
    if (!user || !isMonth(month)) return notFound();
    try {
      result = await demandTable({ actor: user, regionCode: code === "00" ? "" : code, month, locale });
    } catch (error) {
      if (isAppError(error)) return notFound();
      throw error;
    }
  } else if (!code) {
    if (table === "regions") result = await areaTable({ id: table, areas: country.regions, labels, locale, kind: "region" });
    else if (table === "groups") result = await crossTable({ id: table, areas: country.regions, dimension: "group", values: DIMENSION_VALUES.group, labels, locale });
    else if (table === "gaps") {
      const gaps = findGaps(country.regions, country.languages, DIMENSION_VALUES);
      result = await gapTable({ gaps, empty: emptyAreas(country.regions), labels, locale });
    } else if (table.startsWith("dim-") && COVERAGE_DIMENSIONS.includes(table.slice(4) as CoverageDimension)) {
      result = await dimensionTable({ area: country.country, dimension: table.slice(4) as CoverageDimension, languages: country.languages, labels, locale });
    }
  } else {
    const { municipalities } = await getReferenceData();
    const regionCode = /^\d{2}$/.test(code) ? code : municipalities.get(code)?.regionCode;
    const data = regionCode ? await getRegionCoverage(regionCode) : undefined;
    if (!data) return notFound();
    const area = code.length === 3 ? data.municipalities.find((m) => m.code === code) : data.region;
    if (!area) return notFound();
    if (table === "municipalities" && area.kind === "region") result = await areaTable({ id: table, areas: data.municipalities, labels, locale, kind: "municipality" });
    else if (table === "gaps" && area.kind === "region") {
      const gaps = findGaps(data.municipalities, country.languages, DIMENSION_VALUES).filter((g) => g.area.population >= MUNICIPALITY_MIN_POPULATION);
      result = await gapTable({ gaps, empty: emptyAreas(data.municipalities, MUNICIPALITY_MIN_POPULATION), labels, locale });
    } else if (table.startsWith("dim-") && COVERAGE_DIMENSIONS.includes(table.slice(4) as CoverageDimension)) {
      result = await dimensionTable({ area, dimension: table.slice(4) as CoverageDimension, languages: country.languages, labels, locale });
    }
  }
  if (!result) return notFound();
  const name = `tukiverkko-${table}${code ? `-${code}` : ""}.csv`;
  return new Response(toCsv(result, locale), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": table === "demand" ? "private, no-store" : "no-cache",
    },
  });
}
