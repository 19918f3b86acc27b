import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

// The public notice page's client forms (report a problem, capacity buttons) get only the
// messages they use: their own namespace, the form errors and the report reasons.
export async function ReportIntlProvider({ children }: { children: ReactNode }) {
  const messages = (await getMessages()) as Record<string, Record<string, unknown> | undefined>;
  return (
    <NextIntlClientProvider messages={{ ReportForm: messages.ReportForm, Validation: messages.Validation, Enums: { reportReason: messages.Enums?.reportReason } }}>
      {children}
    </NextIntlClientProvider>
  );
}
