import type { ReactNode } from "react";
import { FormsIntlProvider } from "@/components/manage/intl-provider";

// Every page below checks the session itself (requireUser/requireMembership), with its own
// return address; the layout only provides the forms' messages.
export default function ManageLayout({ children }: { children: ReactNode }) {
  return <FormsIntlProvider>{children}</FormsIntlProvider>;
}
