"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { listSearch } from "@/lib/referral/list";
import { useShortlist } from "./shortlist-store";

type Props = { label: string };

// The header's way to the list: /{locale}/list without JavaScript; with it, the stored ids go in
// the link and the count shows ("List (3)").
export function ShortlistLink({ label }: Props) {
  // The count is formatted here, with the plural rules of the locale (the layout provides "Shortlist").
  const t = useTranslations("Shortlist");
  const ids = useShortlist();
  const count = ids?.length ?? 0;
  return (
    <Link
      href={`/list${listSearch(ids ?? [])}`}
      className="inline-block py-1 font-medium text-brand-800 underline-offset-4 hover:underline"
      data-testid="shortlist-link"
    >
      {label}
      {count > 0 && (
        <>
          {" "}
          <span aria-hidden="true">({count})</span>
          <span className="sr-only">{t("linkCount", { count })}</span>
        </>
      )}
    </Link>
  );
}
