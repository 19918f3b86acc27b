"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useEffectEvent, useRef, useTransition, type ReactNode } from "react";

type Props = { action: string; className?: string; children: ReactNode };

const KEY_NAVIGATION = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End", "PageUp", "PageDown"]);
// After moving through radios or a closed select with the keyboard, the search runs when focus
// leaves the group, on Enter, or after this pause: never once per key press.
const KEYBOARD_PAUSE_MS = 1500;

/**
 * A GET search form that works without JavaScript; with it, filters apply as soon as they
 * change (the URL follows, so sharing and Back/Forward work) while focus stays where it is.
 * The search words apply on submit, not per keystroke. After a change the results' count is
 * announced (a live region on the page) and, on wide screens, the results are scrolled into view
 * when they are out of it (the filter column scrolls on its own there).
 */
export function AutoSubmitForm({ action, className, children }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const form = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const keyboard = useRef(false);
  const deferred = useRef<{ name: string; timer: number } | null>(null);
  const applied = useRef(false);

  // Back/Forward: the server renders the results for the restored URL; bring the inputs the
  // person sees back in line with that URL too. Controls that keep their own state in line with
  // the URL (data-sync="off", the municipality picker) are left alone. Only what differs is
  // written: writing `checked` to ninety inputs made the browser recompute the panel's styles
  // during hydration (the groups style rows by :has(:disabled)).
  // The first run, at hydration, writes nothing: the server rendered the inputs for this URL. A
  // choice that differs from what the server rendered was made before the scripts ran (a tap on a
  // slow phone); it is applied, not undone.
  const hydrated = useRef(false);
  const applyEarlyChoice = useEffectEvent((element: HTMLFormElement) => {
    if (!deferred.current && !applied.current && changedBeforeHydration(element)) apply();
  });
  useEffect(() => {
    const element = form.current;
    if (!element) return;
    if (!hydrated.current) {
      hydrated.current = true;
      applyEarlyChoice(element);
      return;
    }
    for (const input of Array.from(element.elements)) {
      if (!(input instanceof HTMLInputElement || input instanceof HTMLSelectElement) || !input.name) continue;
      if (input.dataset.sync === "off") continue;
      const values = searchParams.getAll(input.name);
      if (input instanceof HTMLInputElement && (input.type === "checkbox" || input.type === "radio")) {
        // A radio with the empty value is the group's "no matter" choice: checked when the URL has none.
        const checked = values.length === 0 && input.type === "radio" ? input.value === "" : values.includes(input.value);
        if (input.checked !== checked) input.checked = checked;
      } else if (input instanceof HTMLSelectElement) {
        // A select's first option is its default (the server lists the default sort first).
        const value = values[0] ?? input.options[0]?.value ?? "";
        if (input.value !== value) input.value = value;
      } else if (input.type !== "hidden" && document.activeElement !== input && input.value !== (values[0] ?? "")) {
        input.value = values[0] ?? "";
      }
    }
  }, [searchParams]);

  // Once the results for a change have arrived: on wide screens bring them into view if they are not.
  useEffect(() => {
    if (pending || !applied.current) return;
    applied.current = false;
    const results = document.getElementById("results");
    if (!results || !window.matchMedia("(min-width: 64rem)").matches) return;
    const top = results.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight * 0.6) results.scrollIntoView({ block: "start" });
  }, [pending]);

  function apply() {
    const element = form.current;
    if (!element) return;
    if (deferred.current) {
      window.clearTimeout(deferred.current.timer);
      deferred.current = null;
    }
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(element)) {
      if (typeof value === "string" && value.trim() !== "" && name !== "page") params.append(name, value.trim());
    }
    const query = params.toString();
    applied.current = true;
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
      onKeyDown={(event) => {
        const target = event.target as HTMLElement;
        const choice = target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && target.type === "radio");
        keyboard.current = choice && KEY_NAVIGATION.has(event.key);
      }}
      onChange={(event) => {
        const target = event.target as EventTarget as HTMLInputElement;
        // Text fields apply on Enter or with the button; everything else at once.
        if (target.type === "search" || target.type === "text" || target.type === "number") return;
        if (keyboard.current) {
          keyboard.current = false;
          if (deferred.current) window.clearTimeout(deferred.current.timer);
          deferred.current = { name: target.name, timer: window.setTimeout(apply, KEYBOARD_PAUSE_MS) };
          return;
        }
        apply();
      }}
      onBlur={(event) => {
        const next = event.relatedTarget as HTMLInputElement | null;
        if (deferred.current && next?.name !== deferred.current.name) apply();
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

/** Whether a choice (box, radio, list) differs from what the server rendered: the person changed it. */
function changedBeforeHydration(form: HTMLFormElement): boolean {
  return Array.from(form.elements).some((input) => {
    if (input instanceof HTMLInputElement && (input.type === "checkbox" || input.type === "radio")) {
      return input.dataset.sync !== "off" && input.checked !== input.defaultChecked;
    }
    if (input instanceof HTMLSelectElement && input.dataset.sync !== "off") {
      // Without a `selected` attribute a list shows its first option.
      const rendered = Math.max(0, Array.from(input.options).findIndex((option) => option.defaultSelected));
      return input.selectedIndex !== rendered;
    }
    return false;
  });
}
