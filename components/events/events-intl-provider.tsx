import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

// The event forms' client components get only the namespaces they use.
const NAMESPACES = ["Validation", "Pickers", "Events", "EventForm", "Moderation"] as const;

export async function EventsIntlProvider({ children }: { children: ReactNode }) {
  const messages = (await getMessages()) as Record<string, unknown>;
  return <NextIntlClientProvider messages={Object.fromEntries(NAMESPACES.map((ns) => [ns, messages[ns]]))}>{children}</NextIntlClientProvider>;
}
