import { headers } from "next/headers";
import { LOCALES, localeDirection, nativeLanguageName } from "@/lib/i18n/locales";

type Props = { current: string; label: string; chooseLabel: string };

/** The request's path and query (proxy.ts passes them on as x-url), without its locale segment. */
async function currentPageWithoutLocale(): Promise<string> {
  const url = (await headers()).get("x-url") ?? "/";
  if (!url.startsWith("/") || url.startsWith("//")) return "";
  return url.replace(/^\/[^/?#]+/, "");
}

// A disclosure of plain links, rendered on the server, so it works without JavaScript and by
// keyboard; each link keeps the current page and the whole query (repeated parameters such as
// ?municipality=091&municipality=049 included). The middleware remembers the choice in the
// NEXT_LOCALE cookie when the new page loads. After a client-side navigation (the search
// filters) the header is not rendered again: HeaderScript then points the links at the page
// shown when the list opens or a link is followed, and closes the list with Escape.
export async function LanguageSwitcher({ current, label, chooseLabel }: Props) {
  const rest = await currentPageWithoutLocale();
  return (
    <details data-language-switcher className="relative">
      <summary className="header-button">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 shrink-0" fill="none" stroke="currentColor" strokeWidth="1.8">
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z" />
        </svg>
        {/* On a phone the globe and the language's own name stand for the label ("Language:
            suomi"), which screen readers still get. Never the code: people do not read "FI". */}
        <span className="sr-only sm:not-sr-only">{label}</span>
        <span aria-hidden="true" className="font-medium sm:hidden">
          {nativeLanguageName(current)}
        </span>
      </summary>
      <nav aria-label={chooseLabel}>
        {/* The twelve links' look, and the current one's tick, are in app/globals.css: every
            page carries them twice (HTML and component payload). */}
        <ul>
          {LOCALES.map((code) => (
            <li key={code}>
              <a
                href={`/${code}${rest}`}
                lang={code}
                dir={localeDirection(code)}
                hrefLang={code}
                // Spread, not `undefined`: an undefined prop is still written in the payload, eleven times.
                {...(code === current && { "aria-current": "true" })}
              >
                {nativeLanguageName(code)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
