"use client";

import { useSearchParams } from "next/navigation";
import { useRef, type KeyboardEvent } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";

type Props = {
  current: string;
  /** Each language named in itself, with its writing direction. */
  languages: { code: string; name: string; dir: "ltr" | "rtl" }[];
  label: string;
  chooseLabel: string;
};

// A disclosure of links, so it works without JavaScript and by keyboard; each link keeps
// the current page and the whole query (repeated parameters such as ?municipality=091&
// municipality=049 included). next-intl remembers the choice in the NEXT_LOCALE cookie.
// With JavaScript, Escape closes the list and returns focus to the button.
export function LanguageSwitcher({ current, languages, label, chooseLabel }: Props) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const details = useRef<HTMLDetailsElement>(null);
  const query: Record<string, string[]> = {};
  for (const [key, value] of searchParams.entries()) (query[key] ??= []).push(value);

  function closeOnEscape(event: KeyboardEvent<HTMLDetailsElement>) {
    if (event.key !== "Escape" || !details.current?.open) return;
    details.current.open = false;
    details.current.querySelector("summary")?.focus();
  }

  return (
    <details ref={details} onKeyDown={closeOnEscape} className="relative">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded border border-brand-600 bg-white px-3 py-1.5 text-brand-800 [&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 shrink-0" fill="none" stroke="currentColor" strokeWidth="1.8">
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z" />
        </svg>
        <span>{label}</span>
      </summary>
      <nav
        aria-label={chooseLabel}
        className="absolute end-0 z-40 mt-1 w-max max-w-[calc(100vw-2rem)] rounded border border-brand-100 bg-white p-1 shadow-lg"
      >
        <ul className="grid grid-cols-1 gap-0.5 min-[360px]:grid-cols-2">
          {languages.map((language) => (
            <li key={language.code}>
              <Link
                href={{ pathname, query }}
                locale={language.code}
                lang={language.code}
                dir={language.dir}
                hrefLang={language.code}
                aria-current={language.code === current ? "true" : undefined}
                className="flex items-center gap-2 rounded px-3 py-2 text-start text-ink hover:bg-brand-50 aria-[current=true]:bg-brand-50 aria-[current=true]:font-bold"
              >
                <span aria-hidden="true" className="inline-block w-4 text-brand-700">
                  {language.code === current ? "✓" : ""}
                </span>
                {language.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
