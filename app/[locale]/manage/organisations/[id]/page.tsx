import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { InviteMemberForm, MemberRoleForm, RemoveMemberButton } from "@/components/manage/members";
import { OrganisationForm } from "@/components/manage/organisation-form";
import { getManagedOrganisation, municipalityOptions } from "@/lib/activities/manage-queries";
import { requireUser } from "@/lib/auth/session";
import { nativeLanguageName } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { firstParam, type SearchParams } from "@/lib/i18n/page-params";
import { formatDate } from "@/lib/i18n/format";
import { listOpenInvitations } from "@/lib/organisations/queries";
import { parseProfile } from "@/lib/organisations/mutations";
import { labelKey, MEMBER_ROLES, ORGANISATION_KINDS } from "@/lib/reference/vocabulary";
import { ActionButton } from "@/components/forms/action-button";
import { changeMemberRoleAction, inviteMemberAction, removeMemberAction, saveOrganisationAction, withdrawInvitationAction } from "../../actions";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "OrganisationForm" });
  return { title: t("editTitle"), robots: { index: false } };
}

export default async function ManageOrganisationPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  const done = firstParam(await searchParams, "done");
  setRequestLocale(locale);
  const user = await requireUser(locale, `/manage/organisations/${id}`);
  const org = await getManagedOrganisation({ actor: user, organisationId: id });
  if (!org) notFound();
  const t = await getTranslations("OrganisationForm");
  const tm = await getTranslations("Members");
  const tHome = await getTranslations("ManageHome");
  const tAll = await getTranslations();
  const tRole = await getTranslations("Roles");
  const roles = [...MEMBER_ROLES].reverse().map((role) => ({ value: role, label: tRole(role) }));
  const isOwner = org.role === "OWNER";
  const invitations = isOwner ? await listOpenInvitations({ actor: user, organisationId: org.id }) : [];
  const description = org.translations.find((tr) => tr.locale === locale) ?? org.translations[0];
  // While a change waits for review, the form shows the change (saving again replaces it).
  const pending = org.pendingProfile ? parseProfile(org.pendingProfile) : undefined;
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold text-brand-800">
        <bdi>{org.name}</bdi>
      </h1>
      {done === "registered" && (
        <p role="status" className="rounded border-2 border-green-700 bg-green-50 p-3">
          {t("registered")}
        </p>
      )}
      {org.pendingProfile && (
        <p className="rounded border border-amber-700 bg-amber-50 p-3">{t("pendingNote")}</p>
      )}
      {!org.pendingProfile && org.profileFeedback && (
        <div className="rounded border border-amber-700 bg-amber-50 p-3">
          <p className="font-semibold">{t("profileRejected")}</p>
          <p className="whitespace-pre-line">{org.profileFeedback}</p>
        </div>
      )}
      <p>
        <Link href={{ pathname: "/manage/notices/new", query: { organisation: org.id } }} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800">
          {tHome("newNotice")}
        </Link>
      </p>
      {isOwner && (
        <section aria-labelledby="details-title" className="flex flex-col gap-4">
          <h2 id="details-title" className="text-2xl font-semibold">
            {t("editTitle")}
          </h2>
          <OrganisationForm
            action={saveOrganisationAction}
            defaultValue={pending ? { organisationId: org.id, ...pending } : {
              organisationId: org.id,
              name: org.name,
              kind: org.kind,
              businessId: org.businessId ?? undefined,
              website: org.website ?? undefined,
              email: org.email ?? undefined,
              phone: org.phone ?? undefined,
              municipalities: org.municipalities.map((m) => m.municipalityCode),
              description: description?.description,
              descriptionLocale: description?.locale ?? locale,
            }}
            kinds={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: tAll(labelKey("organisationKind", kind) as Parameters<typeof tAll>[0]) }))}
            municipalities={(await municipalityOptions(locale)).map((m) => ({ value: m.code, label: m.name }))}
            descriptionLocales={["fi", "sv", "en"].map((code) => ({ value: code, label: nativeLanguageName(code) }))}
            submitLabel={t("submitSave")}
          />
        </section>
      )}
      <section aria-labelledby="members-title" className="flex flex-col gap-4">
        <h2 id="members-title" className="text-2xl font-semibold">
          {tm("title")}
        </h2>
        <p className="max-w-2xl">{tm("lead")}</p>
        <table className="w-full max-w-3xl text-start">
          <thead>
            <tr className="border-b border-brand-100">
              <th scope="col" className="py-2 text-start">
                {tm("email")}
              </th>
              <th scope="col" className="py-2 text-start">
                {tm("role")}
              </th>
              {isOwner && (
                <th scope="col" className="py-2 text-start">
                  {tm("actions")}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {org.memberships.map((m) => (
              <tr key={m.user.id} className="border-b border-brand-100 align-top">
                <td className="py-2 pe-4">
                  <bdi>{m.user.email}</bdi> {m.user.id === user.id && tm("you")}
                </td>
                <td className="py-2 pe-4">{tRole(m.role)}</td>
                {isOwner && (
                  <td className="flex flex-col gap-2 py-2">
                    <MemberRoleForm organisationId={org.id} userId={m.user.id} email={m.user.email} role={m.role} action={changeMemberRoleAction} roles={roles} />
                    <RemoveMemberButton organisationId={org.id} userId={m.user.id} action={removeMemberAction} label={tm("remove")} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
        {isOwner && (
          <>
            {invitations.length > 0 && (
              <>
                <h3 className="text-xl font-semibold">{tm("openInvitations")}</h3>
                <ul className="flex flex-col gap-2">
                  {invitations.map((invitation) => (
                    <li key={invitation.id} className="flex flex-wrap items-center gap-3">
                      <span>
                        <bdi>{invitation.email}</bdi> ({tRole(invitation.role)}), {tm("expires", { date: formatDate(invitation.expiresAt, locale) })}
                      </span>
                      <ActionButton action={withdrawInvitationAction} fields={{ organisationId: org.id, invitationId: invitation.id }} label={tm("withdraw", { email: invitation.email })} />
                    </li>
                  ))}
                </ul>
              </>
            )}
            <h3 className="text-xl font-semibold">{tm("inviteTitle")}</h3>
            <InviteMemberForm organisationId={org.id} action={inviteMemberAction} roles={roles} />
          </>
        )}
      </section>
    </div>
  );
}
