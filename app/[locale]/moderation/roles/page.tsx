import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { RoleForm } from "@/components/moderation/role-form";
import { isAdmin } from "@/lib/auth/permissions";
import { requireModerator } from "@/lib/auth/session";
import { listUsersWithRoles } from "@/lib/moderation/queries";
import { setRoleAction } from "../actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Moderation" });
  return { title: t("rolesTitle"), robots: { index: false } };
}

export default async function RolesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireModerator(locale, "/moderation/roles");
  if (!isAdmin(user)) notFound();
  const t = await getTranslations("Moderation");
  const tRole = await getTranslations("Roles");
  const users = await listUsersWithRoles({ actor: user });
  const roles = (["USER", "MODERATOR", "ADMIN"] as const).map((role) => ({ value: role, label: tRole(role) }));
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("rolesTitle")}</h1>
      <p>{t("rolesLead")}</p>
      <ul className="flex flex-col divide-y divide-brand-100">
        {users.map((u) => (
          <li key={u.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
            <bdi>{u.email}</bdi>
            {u.id === user.id ? <span>{tRole(u.role)}</span> : <RoleForm userId={u.id} email={u.email} role={u.role} roles={roles} action={setRoleAction} />}
          </li>
        ))}
      </ul>
    </div>
  );
}
