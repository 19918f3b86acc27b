import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { formatDate } from "@/lib/i18n/format";
import { labelsFor } from "@/lib/hsds/labels";
import { HSDS_TAXONOMY_NAMES } from "@/lib/hsds/taxonomies";
import { LIMITS } from "@/lib/rate-limit/limiter";
import { ALL_IDS_LIMIT } from "@/lib/search/open-data";
import { siteOrigin } from "@/lib/site/origin";
import { HSDS_MAX_PER_PAGE } from "@/lib/validation/hsds-query";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "OpenData" });
  return { title: t("title") };
}

const ENDPOINTS = ["/", "/services", "/services/{id}", "/organizations", "/organizations/{id}", "/service_at_locations", "/service_at_locations/{id}", "/taxonomies", "/taxonomies/{id}", "/taxonomy_terms", "/taxonomy_terms/{id}"];

function Code({ children }: { children: string }) {
  return (
    <code dir="ltr" className="rounded bg-brand-50 px-1 font-mono text-sm break-all">
      {children}
    </code>
  );
}

export default async function OpenDataPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("OpenData");
  const origin = await siteOrigin();
  const { openData } = await labelsFor(locale);
  const api = `${origin}/api/hsds`;
  const examples = [
    { href: `/api/hsds`, label: t("exampleRoot") },
    { href: `/api/hsds/services?per_page=5&lang=${locale}`, label: t("exampleServices") },
    { href: `/api/hsds/services?municipality=091&search=kahvila&lang=${locale}`, label: t("exampleSearch") },
    { href: `/api/hsds/taxonomy_terms?per_page=100&lang=${locale}`, label: t("exampleTerms") },
  ];
  const link = "text-brand-800 underline";
  const sectionClass = "flex flex-col gap-2";
  return (
    <article className="flex max-w-3xl flex-col gap-8">
      <div className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p className="text-lg">{t("intro")}</p>
      </div>

      <section aria-labelledby="licence" className={sectionClass}>
        <h2 id="licence" className="text-xl font-semibold">
          {t("licenceTitle")}
        </h2>
        <p>{t("licence")}</p>
        <p>
          <a href="https://creativecommons.org/licenses/by/4.0/" className={link} hrefLang="en">
            {t("licenceLink")}
          </a>
        </p>
      </section>

      <section aria-labelledby="cite" className={sectionClass}>
        <h2 id="cite" className="text-xl font-semibold">
          {t("citeTitle")}
        </h2>
        <p>{t("cite")}</p>
        <blockquote className="border-s-4 border-brand-600 bg-brand-50 p-3">
          {t("citation", { url: `${origin}/${locale}/open-data`, date: formatDate(new Date(), locale) })}
        </blockquote>
      </section>

      <section aria-labelledby="api" className={sectionClass}>
        <h2 id="api" className="text-xl font-semibold">
          {t("apiTitle")}
        </h2>
        <p>{t("apiIntro")}</p>
        <p>
          {t("apiBase")} <Code>{api}</Code>
        </p>
        <p>
          <a href="/api/hsds/openapi.json" className={link}>
            {t("openapiLink")}
          </a>
        </p>
        <h3 className="font-semibold">{t("endpointsTitle")}</h3>
        <ul className="flex flex-col gap-1 ps-5 [list-style:disc]">
          {ENDPOINTS.map((path) => (
            <li key={path}>
              <Code>{`GET ${path}`}</Code>
            </li>
          ))}
        </ul>
        <h3 className="font-semibold">{t("parametersTitle")}</h3>
        <p>{t("parameters", { limit: HSDS_MAX_PER_PAGE })}</p>
        <p>{t("parametersMore")}</p>
        <h3 className="font-semibold">{t("examplesTitle")}</h3>
        <ul className="flex flex-col gap-2 ps-5 [list-style:disc]">
          {examples.map((example) => (
            <li key={example.href} className="flex flex-col">
              <a href={example.href} className={link}>
                {example.label}
              </a>
              <Code>{`curl '${origin}${example.href}'`}</Code>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="profile" className={sectionClass}>
        <h2 id="profile" className="text-xl font-semibold">
          {t("profileTitle")}
        </h2>
        <p>{t("profilePublic")}</p>
        <p>{t("profileLanguages")}</p>
        <p>{t("profileIds")}</p>
        <p>{t("profileSchedules")}</p>
        <p>{t("profileTaxonomies")}</p>
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
          {HSDS_TAXONOMY_NAMES.map((name) => (
            <div key={name} className="contents">
              <dt className="font-medium">{openData.taxonomies[name].name}</dt>
              <dd>{openData.taxonomies[name].description}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="limits" className={sectionClass}>
        <h2 id="limits" className="text-xl font-semibold">
          {t("limitsTitle")}
        </h2>
        <p>{t("limits", { points: LIMITS.publicApiPerIp.points })}</p>
        <p>{t("caching")}</p>
      </section>

      <section aria-labelledby="downloads" className={sectionClass}>
        <h2 id="downloads" className="text-xl font-semibold">
          {t("exportsTitle")}
        </h2>
        <p>{t("exports", { limit: ALL_IDS_LIMIT })}</p>
        <p>{t("exportsTabular")}</p>
        <p>
          <Link href="/activities" className={link}>
            {t("exportsLink")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="spec" className={sectionClass}>
        <h2 id="spec" className="text-xl font-semibold">
          {t("specTitle")}
        </h2>
        <p>{t("spec")}</p>
        <p>
          <a href="https://docs.openreferral.org/en/latest/" className={link} hrefLang="en">
            {t("specLink")}
          </a>
        </p>
      </section>
    </article>
  );
}
