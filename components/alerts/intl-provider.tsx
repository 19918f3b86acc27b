import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

// The alert forms (client components) get only what they use: their namespace without the
// mail texts, and the form errors. The news form gets the News namespace and the errors.
export async function AlertsIntlProvider({ children, namespace = "Alerts" }: { children: ReactNode; namespace?: "Alerts" | "News" }) {
  const messages = (await getMessages()) as Record<string, Record<string, unknown> | undefined>;
  const own = { ...messages[namespace] };
  delete own.mail;
  return <NextIntlClientProvider messages={{ [namespace]: own, Validation: messages.Validation }}>{children}</NextIntlClientProvider>;
}
