import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

// The report form (app/[locale]/activities/[id]/report) gets only the messages it uses: its own
// namespace, the form errors and the report reasons.
export async function ReportIntlProvider({ children }: { children: ReactNode }) {
  const messages = (await getMessages()) as Record<string, Record<string, unknown> | undefined>;
  return (
    <NextIntlClientProvider messages={{ ReportForm: messages.ReportForm, Validation: messages.Validation, Enums: { reportReason: messages.Enums?.reportReason } }}>
      {children}
    </NextIntlClientProvider>
  );
}
