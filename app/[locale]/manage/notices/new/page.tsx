import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { NoticeForm } from "@/components/manage/notice-form";
import { noticeFormOptions } from "@/components/manage/notice-options";
import { emptyContent, formDefaults } from "@/lib/activities/content";
import { getManagedOrganisation } from "@/lib/activities/manage-queries";
import { requireUser } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "@/lib/i18n/page-params";
import { autosaveNoticeAction, saveNoticeAction } from "../../actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "NoticeForm" });
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewNoticePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const organisationId = firstParam(await searchParams, "organisation") ?? "";
  const user = await requireUser(locale, "/manage");
  const org = await getManagedOrganisation({ actor: user, organisationId });
  if (!org) notFound();
  const t = await getTranslations("NoticeForm");
  const content = emptyContent(new Date(), locale);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("newTitle")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <NoticeForm
        defaultValue={{ ...formDefaults(content, org.id), newId: randomUUID() }}
        options={await noticeFormOptions(locale)}
        action={saveNoticeAction}
        autosave={autosaveNoticeAction}
        mode="new"
        trusted={org.trusted}
        organisationName={org.name}
      />
    </div>
  );
}
