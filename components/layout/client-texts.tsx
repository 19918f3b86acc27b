"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { CountTexts } from "@/lib/i18n/count-texts";

/**
 * The few texts the layout's client components need, formatted on the server: the error page's
 * and the shortlist's. So no message catalogue and no ICU formatter travel to the browser
 * (docs/decisions/018).
 */
export type ClientTexts = {
  locale: string;
  error: { title: string; text: string; retry: string; home: string };
  /** "n activities on the list" and "Added. The list now has n.", one text per plural category. */
  shortlist: { linkCount: CountTexts; added: CountTexts };
};

const Context = createContext<ClientTexts | null>(null);

export function ClientTextsProvider({ texts, children }: { texts: ClientTexts; children: ReactNode }) {
  return <Context.Provider value={texts}>{children}</Context.Provider>;
}

export function useClientTexts(): ClientTexts {
  const texts = useContext(Context);
  if (!texts) throw new Error("useClientTexts() outside ClientTextsProvider (app/[locale]/layout.tsx)");
  return texts;
}
