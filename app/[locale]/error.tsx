"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

// Unexpected errors: a plain message in the reader's language, never the error's own text.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("ErrorPage");
  return (
    <div role="alert" className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      <p>{t("text")}</p>
      <div className="flex flex-wrap gap-4">
        <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
          {t("retry")}
        </button>
        <Link href="/" className="self-center text-brand-800 underline">
          {t("home")}
        </Link>
      </div>
    </div>
  );
}
