import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import type { ActionResult } from "@/lib/actions/action";
import type { Actor } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { listImportedClaims } from "@/lib/organisations/imported-claims";

// The moderators' small queue on /moderation: people asking to manage an imported organisation
// that has no Y-tunnus. Approval makes the claimant its owner; both answers are emailed.
export async function ImportedClaimQueue({ actor, locale, decideClaimAction }: { actor: Actor; locale: string; decideClaimAction: (state: ActionResult | undefined, formData: FormData) => Promise<ActionResult> }) {
  const claims = await listImportedClaims({ actor });
  if (claims.length === 0) return null;
  const t = await getTranslations("Import");
  return (
    <section aria-labelledby="imported-claims-title" className="flex flex-col gap-2 rounded border border-brand-100 p-3" data-testid="imported-claims">
      <h2 id="imported-claims-title" className="text-xl font-semibold">
        {t("claims.queueTitle", { count: claims.length })}
      </h2>
      <ul className="flex flex-col divide-y divide-brand-100">
        {claims.map((claim) => (
          <li key={claim.id} className="flex flex-col gap-2 py-3">
            <p>
              {t.rich("claims.queueItem", {
                email: claim.user.email,
                name: claim.name,
                date: formatDate(claim.createdAt, locale),
                organisation: () => (
                  <Link href={`/organisations/${claim.organisation.id}`} className="font-semibold text-brand-800 underline">
                    <bdi>{claim.organisation.name}</bdi>
                  </Link>
                ),
              })}
            </p>
            {claim.message && (
              <blockquote className="whitespace-pre-line border-s-4 border-brand-100 ps-3">
                <bdi>{claim.message}</bdi>
              </blockquote>
            )}
            <div className="flex flex-wrap gap-3">
              <ActionButton action={decideClaimAction} fields={{ claimId: claim.id, decision: "approve" }} label={t("claims.approve", { name: claim.organisation.name })} tone="primary" doneText={t("claims.decided")} />
              <ActionButton action={decideClaimAction} fields={{ claimId: claim.id, decision: "reject" }} label={t("claims.reject", { name: claim.organisation.name })} tone="danger" doneText={t("claims.decided")} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
