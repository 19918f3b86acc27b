import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { coverageLabels } from "@/components/coverage/labels";
import { requireModerator } from "@/lib/auth/session";
import { listCoordinators } from "@/lib/demand/coordinators";
import { formatList } from "@/lib/i18n/format";
import { firstParam, type SearchParams } from "@/lib/i18n/page-params";
import { getReferenceData } from "@/lib/reference/municipalities";
import { setCoordinatorAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Demand" });
  return { title: t("coordinatorsTitle"), robots: { index: false } };
}

function RegionBoxes({ regions, checked, label, idPrefix }: { regions: { code: string; name: string }[]; checked: string[]; label: string; idPrefix: string }) {
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="font-medium">{label}</legend>
      <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
        {regions.map((r) => (
          <label key={r.code} htmlFor={`${idPrefix}-${r.code}`} className="flex items-center gap-2">
            <input id={`${idPrefix}-${r.code}`} type="checkbox" name="regions" value={r.code} defaultChecked={checked.includes(r.code)} />
            {r.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export default async function CoordinatorsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireModerator(locale, "/moderation/coordinators");
  const t = await getTranslations("Demand");
  const labels = await coverageLabels(locale);
  const { regions } = await getReferenceData();
  const regionList = [...regions.keys()].sort().map((code) => ({ code, name: labels.area({ kind: "region", code }) }));
  const coordinators = await listCoordinators({ actor: user });
  const done = firstParam(await searchParams, "done");
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("coordinatorsTitle")}</h1>
      <p className="max-w-3xl">{t("coordinatorsLead")}</p>
      {done && ["saved", "noUser", "invalid"].includes(done) && (
        <p role="status" className={done === "saved" ? "font-semibold text-green-800" : "font-semibold text-red-800"}>
          {t(`done.${done as "saved" | "noUser" | "invalid"}`)}
        </p>
      )}
      <section aria-labelledby="current-title" className="flex flex-col gap-3">
        <h2 id="current-title" className="text-2xl font-semibold">
          {t("currentCoordinators")}
        </h2>
        {coordinators.length === 0 ? (
          <p>{t("noCoordinators")}</p>
        ) : (
          <ul className="flex flex-col divide-y divide-brand-100">
            {coordinators.map((c) => (
              <li key={c.id} className="py-3">
                <form action={setCoordinatorAction} className="flex flex-col gap-2">
                  <input type="hidden" name="email" value={c.email} />
                  <p className="font-semibold">
                    <bdi>{c.email}</bdi>: {formatList(c.regions.map((code) => labels.area({ kind: "region", code })), locale)}
                  </p>
                  <details>
                    <summary className="cursor-pointer text-brand-800 underline">{t("changeRegions", { email: c.email })}</summary>
                    <div className="mt-2 flex flex-col gap-2">
                      <RegionBoxes regions={regionList} checked={c.regions} label={t("regionsFor", { email: c.email })} idPrefix={`c-${c.id}`} />
                      <button type="submit" className="self-start rounded border border-brand-600 px-3 py-1.5 font-semibold text-brand-800">
                        {t("save")}
                      </button>
                    </div>
                  </details>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="add-title" className="flex flex-col gap-3">
        <h2 id="add-title" className="text-2xl font-semibold">
          {t("addCoordinator")}
        </h2>
        <form action={setCoordinatorAction} className="flex flex-col gap-3">
          <label htmlFor="coordinator-email" className="flex flex-col gap-1">
            <span className="font-medium">{t("email")}</span>
            <input id="coordinator-email" name="email" type="email" required autoComplete="off" className="max-w-md rounded border border-slate-500 px-3 py-2" />
          </label>
          <RegionBoxes regions={regionList} checked={[]} label={t("regions")} idPrefix="new" />
          <button type="submit" className="self-start rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("save")}
          </button>
        </form>
      </section>
    </div>
  );
}
