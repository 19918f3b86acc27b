import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

// Client forms under /manage, /moderation and /signin get only the namespaces they use.
const NAMESPACES = ["ErrorPage", "Validation", "NoticeForm", "NoticeChecklist", "NoticePreview", "Pickers", "OrganisationForm", "Members", "Translations", "Moderation", "SignInPage"] as const;

export async function FormsIntlProvider({ children }: { children: ReactNode }) {
  const messages = (await getMessages()) as Record<string, unknown>;
  return <NextIntlClientProvider messages={Object.fromEntries(NAMESPACES.map((ns) => [ns, messages[ns]]))}>{children}</NextIntlClientProvider>;
}
