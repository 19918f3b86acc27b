"use client";

import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";

type Props = {
  current: string;
  languages: { code: string; name: string }[];
  label: string;
  chooseLabel: string;
};

// A disclosure of links, so it works without JavaScript and by keyboard; each link keeps
// the current page and query. next-intl remembers the choice in the NEXT_LOCALE cookie.
export function LanguageSwitcher({ current, languages, label, chooseLabel }: Props) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const query = Object.fromEntries(searchParams.entries());
  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded border border-brand-600 bg-white px-3 py-1.5 text-brand-800">
        <span aria-hidden="true">🌐 </span>
        {label}
      </summary>
      <nav aria-label={chooseLabel} className="absolute end-0 z-40 mt-1 min-w-40 rounded border border-brand-100 bg-white p-1 shadow-lg">
        <ul>
          {languages.map((language) => (
            <li key={language.code}>
              <Link
                href={{ pathname, query }}
                locale={language.code}
                lang={language.code}
                hrefLang={language.code}
                aria-current={language.code === current ? "true" : undefined}
                className="block rounded px-3 py-1.5 text-ink hover:bg-brand-50 aria-[current=true]:font-bold"
              >
                {language.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
