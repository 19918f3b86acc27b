"use client";

import { useClientTexts } from "@/components/layout/client-texts";

// Unexpected errors: a plain message in the reader's language, never the error's own text.
// Texts come from the layout (ClientTextsProvider), so no message catalogue ships for them.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { error: t, locale } = useClientTexts();
  return (
    <div role="alert" className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t.title}</h1>
      <p>{t.text}</p>
      <div className="flex flex-wrap gap-4">
        <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
          {t.retry}
        </button>
        <a href={`/${locale}`} className="self-center text-brand-800 underline">
          {t.home}
        </a>
      </div>
    </div>
  );
}
