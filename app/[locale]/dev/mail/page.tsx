import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { readStoredMail } from "@/lib/mail/transport";

// Development only: the messages the file mail transport stored, newest first.
export default async function DevMailPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (env.NODE_ENV !== "development") notFound();
  setRequestLocale(locale);
  const t = await getTranslations("DevMail");
  const mails = await readStoredMail();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      {mails.length === 0 && <p>{t("empty")}</p>}
      {mails.map((mail) => (
        <article key={mail.id} className="rounded border border-brand-100 p-3">
          <h2 className="font-semibold">{mail.subject}</h2>
          <p className="text-sm">
            {t("to")}: {mail.to} · {mail.createdAt}
          </p>
          <pre className="mt-2 whitespace-pre-wrap text-sm">{mail.text}</pre>
        </article>
      ))}
    </div>
  );
}
