import { ManageEventsLink } from "@/components/events/manage-events-link";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StatusBadge } from "@/components/manage/status-badge";
import { listMyOrganisations, listOrganisationNotices } from "@/lib/activities/manage-queries";
import { requireUser } from "@/lib/auth/session";
import { rememberLocale } from "@/lib/auth/users";
import { formatDate } from "@/lib/i18n/format";
import { Link, redirect } from "@/lib/i18n/navigation";
import { isModerator } from "@/lib/auth/permissions";
import { listMyClaims, listMyInvitations } from "@/lib/organisations/queries";
import { ActionButton } from "@/components/forms/action-button";
import { answerInvitationAction } from "./actions";
import { firstParam, type SearchParams } from "@/lib/i18n/page-params";
import { ChoiceButtons } from "@/components/reports/choice-buttons";
import { CAPACITY_STATUSES, isValue, REPORT_ANSWERS } from "@/lib/reference/vocabulary";
import { capacityShown } from "@/lib/reports/status";
import { answerReportsAction, setCapacityAction } from "../reports/actions";
import { SignOutEverywhere } from "@/components/account/sign-out-everywhere";

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
  const query = await searchParams;
  const done = firstParam(query, "done");
  const answered = firstParam(query, "answered") ?? "";
  const t = await getTranslations("ManageHome");
  const tNews = await getTranslations("News");
  const tRole = await getTranslations("Roles");
  const tActions = await getTranslations("NoticeActions");
  const tCapacity = await getTranslations("Capacity");
  const tAnswer = await getTranslations("ReportAnswer");
  const tEnum = await getTranslations("Enums");
  const organisations = await listMyOrganisations(user);
  const [invitations, claims] = await Promise.all([listMyInvitations({ actor: user }), listMyClaims(user)]);
  // A moderator with nothing to do here works in the queue.
  if (isModerator(user) && organisations.length === 0 && invitations.length === 0 && claims.length === 0 && !done) redirect({ href: "/moderation", locale });
  const notices = await Promise.all(organisations.map((org) => listOrganisationNotices({ actor: user, organisationId: org.id, locale })));
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      <p>{t("lead")}</p>
      {organisations.length > 0 && <ManageEventsLink />}
      {isValue("reportAnswer", answered) && (
        <p role="status" className="rounded border-2 border-green-700 bg-green-50 p-3">
          {tAnswer(`done${answered}`)}
        </p>
      )}
      {done === "deleted" && (
        <p role="status" className="rounded border-2 border-green-700 bg-green-50 p-3">
          {tActions("deleted")}
        </p>
      )}
      {(done === "claimed" || done === "invitationAccepted" || done === "invitationDeclined") && (
        <p role="status" className="rounded border-2 border-green-700 bg-green-50 p-3">
          {t(done)}
        </p>
      )}
      {isModerator(user) && (
        <p>
          <Link href="/moderation" className="font-semibold text-brand-800 underline">
            {t("toQueue")}
          </Link>
        </p>
      )}
      {invitations.length > 0 && (
        <section aria-labelledby="invitations-title" className="flex flex-col gap-3 rounded-lg border-2 border-brand-600 p-4">
          <h2 id="invitations-title" className="text-2xl font-semibold">
            {t("invitations")}
          </h2>
          <ul className="flex flex-col gap-4">
            {invitations.map((invitation) => (
              <li key={invitation.id} className="flex flex-col gap-2">
                <p>{t("invitationText", { organisation: invitation.organisation.name, inviter: invitation.invitedBy?.email ?? "–", role: tRole(invitation.role) })}</p>
                <div className="flex flex-wrap gap-3">
                  <ActionButton action={answerInvitationAction} fields={{ invitationId: invitation.id, answer: "accept" }} label={t("accept")} tone="primary" />
                  <ActionButton action={answerInvitationAction} fields={{ invitationId: invitation.id, answer: "decline" }} label={t("decline")} />
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {claims.map((claim) => (
        <p key={claim.id} className="rounded border border-amber-700 bg-amber-50 p-3">
          {t("claimWaiting", { organisation: claim.organisation.name })}
        </p>
      ))}
      {organisations.length === 0 && <p className="max-w-2xl">{t("noOrganisations")}</p>}
      <p className="flex flex-wrap gap-3">
        <Link href="/manage/organisations/new" className="inline-block rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800">
          {t("register")}
        </Link>
        <Link href="/manage/news" className="inline-block rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800">
          {tNews("manageTitle")}
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
                    <bdi>{notice.title || t("untitled")}</bdi>
                  </Link>
                  <span>
                    <StatusBadge status={notice.status} revisionStatus={notice.revisionStatus} validUntil={notice.validUntil} />
                    {notice.status === "PUBLISHED" && <span className="ms-2 text-sm text-muted">{t("validUntil", { date: formatDate(notice.validUntil, locale) })}</span>}
                    {notice.status === "DRAFT" && <span className="ms-2 text-sm text-muted">{t("lastSaved", { date: formatDate(notice.updatedAt, locale) })}</span>}
                  </span>
                  {notice.openReports && (
                    <div className="flex flex-col gap-2 rounded border border-amber-700 bg-amber-50 p-2" data-testid="open-reports">
                      <p className="font-semibold">
                        {tAnswer("reported", { count: notice.openReports.reportCount, date: formatDate(notice.openReports.openedAt, locale) })}
                      </p>
                      <ul className="list-disc ps-5 text-sm">
                        {notice.openReports.reports.map((report, r) => (
                          <li key={r}>
                            {tEnum(`reportReason.${report.reason}`)}
                            {/* The visitor's words as plain text: never a link. */}
                            {report.message && <span className="block whitespace-pre-line break-words">{report.message}</span>}
                          </li>
                        ))}
                      </ul>
                      <ChoiceButtons
                        action={answerReportsAction}
                        fields={{ activityId: notice.id, returnTo: "/manage" }}
                        name="answer"
                        legend={tAnswer("legend")}
                        choices={REPORT_ANSWERS.map((value) => ({ value, label: tEnum(`reportAnswer.${value}`) }))}
                      />
                    </div>
                  )}
                  {notice.status === "PUBLISHED" && (
                    <ChoiceButtons
                      action={setCapacityAction}
                      fields={{ activityId: notice.id }}
                      name="status"
                      legend={(() => {
                        const shown = capacityShown(notice.capacityStatus, notice.capacitySetAt);
                        return shown ? `${tCapacity("setTitle")} ${tCapacity(`shown.${shown.status}`, { date: formatDate(shown.setAt, locale) })}` : tCapacity("setTitle");
                      })()}
                      current={notice.capacityStatus}
                      choices={CAPACITY_STATUSES.map((value) => ({ value, label: tEnum(`capacity.${value}`) }))}
                    />
                  )}
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
      <SignOutEverywhere />
    </div>
  );
}
