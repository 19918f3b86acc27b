"use client";

import { createContext, useContext, type ReactNode } from "react";

/**
 * The few texts the layout's client components need, formatted on the server: the error page's
 * and the shortlist's, with every count the list can have (1 to MAX_LIST) already put through the
 * locale's plural rules. So no message catalogue and no ICU formatter travel to the browser
 * (docs/decisions/018).
 */
export type ClientTexts = {
  locale: string;
  error: { title: string; text: string; retry: string; home: string };
  /** linkCount[n - 1]: "n activities on the list"; added[n - 1]: "Added. The list now has n." */
  shortlist: { linkCount: string[]; added: string[] };
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
