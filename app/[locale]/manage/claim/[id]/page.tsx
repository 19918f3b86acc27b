import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "@/lib/i18n/page-params";
import { Link } from "@/lib/i18n/navigation";
import { getClaimableOrganisation } from "@/lib/organisations/imported-claims";
import { isRecordId } from "@/lib/validation/record-id";
import { requestClaimAction } from "../actions";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Import" });
  return { title: t("claims.title"), robots: { index: false } };
}

const FIELD_ERRORS = ["name.required", "name.tooLong", "message.tooShort", "message.tooLong"] as const;

export default async function ClaimImportedOrganisationPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  if (!isRecordId(id)) notFound();
  await requireUser(locale, `/manage/claim/${id}`);
  const query = await searchParams;
  const sent = firstParam(query, "sent");
  const organisation = await getClaimableOrganisation(id);
  const t = await getTranslations("Import");
  if (!organisation && sent !== "requested" && sent !== "pending") notFound();
  const error = FIELD_ERRORS.find((e) => e === firstParam(query, "error"));
  const nameError = error?.startsWith("name.") ? error : undefined;
  const messageError = error?.startsWith("message.") ? error : undefined;
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("claims.title")}</h1>
      {sent === "requested" || sent === "pending" ? (
        <div role="status" className="flex flex-col gap-2 rounded border border-brand-600 bg-brand-50 p-3">
          <p>{sent === "requested" ? t("claims.sent") : t("claims.alreadyPending")}</p>
          <p>
            <Link href="/manage" className="text-brand-800 underline">
              {t("claims.toManage")}
            </Link>
          </p>
        </div>
      ) : (
        organisation && (
          <>
            <p>{t("claims.intro", { name: organisation.name })}</p>
            {organisation.importSource && <p className="text-muted">{t("importedFrom", { source: organisation.importSource })}</p>}
            <form action={requestClaimAction} className="flex flex-col gap-4 rounded border border-brand-100 p-4" noValidate>
              <input type="hidden" name="organisationId" value={organisation.id} />
              <div className="flex flex-col gap-1">
                <label htmlFor="claim-name" className="font-medium">
                  {t("claims.nameLabel")}
                </label>
                <input
                  id="claim-name"
                  name="name"
                  type="text"
                  required
                  maxLength={200}
                  defaultValue={firstParam(query, "name") ?? ""}
                  aria-invalid={nameError ? true : undefined}
                  aria-describedby={nameError ? "claim-name-error" : undefined}
                  autoComplete="name"
                  className="w-full rounded border border-muted px-3 py-2"
                />
                {nameError && (
                  <p id="claim-name-error" className="text-sm text-red-800">
                    {t(`claims.errors.${nameError}`)}
                  </p>
                )}
              </div>
              <div className="flex flex-col gap-1">
                <label htmlFor="claim-message" className="font-medium">
                  {t("claims.messageLabel")}
                </label>
                <textarea
                  id="claim-message"
                  name="message"
                  required
                  rows={5}
                  maxLength={2000}
                  defaultValue={firstParam(query, "message") ?? ""}
                  aria-invalid={messageError ? true : undefined}
                  aria-describedby={`claim-message-hint${messageError ? " claim-message-error" : ""}`}
                  className="w-full rounded border border-muted px-3 py-2"
                />
                <p id="claim-message-hint" className="text-sm text-muted">
                  {t("claims.messageHint")}
                </p>
                {messageError && (
                  <p id="claim-message-error" className="text-sm text-red-800">
                    {t(`claims.errors.${messageError}`)}
                  </p>
                )}
              </div>
              <button type="submit" className="self-start rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
                {t("claims.submit")}
              </button>
            </form>
          </>
        )
      )}
    </div>
  );
}
