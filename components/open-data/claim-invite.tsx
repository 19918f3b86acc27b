import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { getClaimableOrganisation } from "@/lib/organisations/imported-claims";

// On the page of an organisation that an import created without a Y-tunnus and that nobody
// manages yet: "Is this your organisation?" with the way to claim it (docs/decisions/016).
export async function ClaimInvite({ organisationId }: { organisationId: string }) {
  const organisation = await getClaimableOrganisation(organisationId);
  if (!organisation) return null;
  const t = await getTranslations("Import");
  return (
    <aside aria-labelledby="claim-invite-title" className="flex max-w-3xl flex-col gap-1 rounded border border-brand-100 bg-brand-50 p-3">
      <h2 id="claim-invite-title" className="font-semibold">
        {t("claims.inviteTitle")}
      </h2>
      <p>{t("claims.inviteText")}</p>
      <p>
        <Link href={`/manage/claim/${organisation.id}`} className="font-semibold text-brand-800 underline">
          {t("claims.inviteLink")}
        </Link>
      </p>
    </aside>
  );
}
