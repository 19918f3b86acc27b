import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StatusBadge } from "@/components/manage/status-badge";
import { listMyOrganisations, listOrganisationNotices } from "@/lib/activities/manage-queries";
import { requireUser } from "@/lib/auth/session";
import { rememberLocale } from "@/lib/auth/users";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { firstParam, type SearchParams } from "@/lib/i18n/page-params";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "ManageHome" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ManageHome({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, "/manage");
  await rememberLocale(user.id, locale); // emails to this user come in this language
  const done = firstParam(await searchParams, "done");
  const t = await getTranslations("ManageHome");
  const tRole = await getTranslations("Roles");
  const tActions = await getTranslations("NoticeActions");
  const organisations = await listMyOrganisations(user);
  const notices = await Promise.all(organisations.map((org) => listOrganisationNotices({ actor: user, organisationId: org.id, locale })));
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      <p>{t("lead")}</p>
      {done === "deleted" && (
        <p role="status" className="rounded border-2 border-green-700 bg-green-50 p-3">
          {tActions("deleted")}
        </p>
      )}
      {organisations.length === 0 && <p className="max-w-2xl">{t("noOrganisations")}</p>}
      <p>
        <Link href="/manage/organisations/new" className="inline-block rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800">
          {t("register")}
        </Link>
      </p>
      {organisations.map((org, i) => (
        <section key={org.id} aria-labelledby={`org-${org.id}`} className="flex flex-col gap-3 rounded-lg border border-brand-100 p-4">
          <h2 id={`org-${org.id}`} className="text-2xl font-semibold">
            <bdi>{org.name}</bdi>
          </h2>
          <p className="text-sm text-muted">
            {t("role", { role: tRole(org.role) })}
            {org.trusted && <> · {t("trusted")}</>}
          </p>
          <p className="flex flex-wrap gap-4">
            <Link href={{ pathname: "/manage/notices/new", query: { organisation: org.id } }} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800">
              {t("newNotice")}
            </Link>
            <Link href={`/manage/organisations/${org.id}`} className="px-1 py-2 text-brand-800 underline">
              {t("settings")}
            </Link>
          </p>
          <h3 className="text-lg font-semibold">{t("notices")}</h3>
          {notices[i]!.length === 0 ? (
            <p>{t("noNotices")}</p>
          ) : (
            <ul className="flex flex-col divide-y divide-brand-100">
              {notices[i]!.map((notice) => (
                <li key={notice.id} className="flex flex-col gap-1 py-3">
                  <Link href={`/manage/notices/${notice.id}`} className="font-semibold text-brand-800 underline">
                    <bdi>{notice.title || "–"}</bdi>
                  </Link>
                  <span>
                    <StatusBadge status={notice.status} revisionStatus={notice.revisionStatus} validUntil={notice.validUntil} />
                    {notice.status === "PUBLISHED" && <span className="ms-2 text-sm text-muted">{t("validUntil", { date: formatDate(notice.validUntil, locale) })}</span>}
                  </span>
                  {notice.moderationFeedback && (notice.status === "REJECTED" || notice.revisionStatus === "REJECTED") && (
                    <div className="rounded border border-amber-700 bg-amber-50 p-2">
                      <p className="font-semibold">{t("feedback")}</p>
                      <p className="whitespace-pre-line">{notice.moderationFeedback}</p>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
