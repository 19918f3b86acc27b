import { getPathname } from "@/lib/i18n/navigation";
import { getLocale } from "next-intl/server";

type Props = { label: string; placeholder: string; button: string; defaultValue?: string };

// A plain GET form to the search page: works without JavaScript, and the result URL can be shared.
export async function SearchBox({ label, placeholder, button, defaultValue }: Props) {
  const locale = await getLocale();
  return (
    <form role="search" action={getPathname({ href: "/activities", locale })} method="get" className="flex max-w-2xl flex-wrap items-end gap-2">
      <div className="flex min-w-0 flex-[1_1_12rem] flex-col gap-1">
        <label htmlFor="q" className="font-medium">
          {label}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          maxLength={200}
          defaultValue={defaultValue}
          placeholder={placeholder}
          className="w-full min-w-0 rounded border border-muted px-3 py-2 text-base"
        />
      </div>
      <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
        {button}
      </button>
    </form>
  );
}
