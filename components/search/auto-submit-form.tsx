"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useTransition, type ReactNode } from "react";

type Props = { action: string; className?: string; children: ReactNode };

/**
 * A GET search form that works without JavaScript; with it, filters apply as soon as they
 * change (the URL follows, so sharing and Back/Forward work) while focus stays where it is.
 * The search words apply on submit, not per keystroke.
 */
export function AutoSubmitForm({ action, className, children }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const form = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();

  // Back/Forward: the server renders the results for the restored URL; bring the inputs the
  // person sees back in line with that URL too.
  useEffect(() => {
    const element = form.current;
    if (!element) return;
    for (const input of Array.from(element.elements)) {
      if (!(input instanceof HTMLInputElement || input instanceof HTMLSelectElement) || !input.name) continue;
      const values = searchParams.getAll(input.name);
      if (input instanceof HTMLInputElement && (input.type === "checkbox" || input.type === "radio")) {
        input.checked = values.includes(input.value);
      } else if (input instanceof HTMLSelectElement) {
        // A select's first option is its default (the server lists the default sort first).
        input.value = values[0] ?? input.options[0]?.value ?? "";
      } else if (input.type !== "hidden" && document.activeElement !== input) {
        input.value = values[0] ?? "";
      }
    }
  }, [searchParams]);

  function apply() {
    const element = form.current;
    if (!element) return;
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(element)) {
      if (typeof value === "string" && value.trim() !== "" && name !== "page") params.append(name, value.trim());
    }
    const query = params.toString();
    startTransition(() => router.push(`${pathname}${query ? `?${query}` : ""}`, { scroll: false }));
  }

  return (
    <form
      ref={form}
      action={action}
      method="get"
      className={className}
      aria-busy={pending}
      data-pending={pending ? "true" : undefined}
      onChange={(event) => {
        const target = event.target as EventTarget as HTMLInputElement;
        // Text fields apply on Enter or with the button; everything else at once.
        if (target.type === "search" || target.type === "text" || target.type === "number") return;
        apply();
      }}
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
    >
      {children}
    </form>
  );
}
