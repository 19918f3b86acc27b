"use client";
import { useForm } from "@conform-to/react";
import { useActionState, useState, type FormEvent } from "react";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/action";
import { parseForm } from "@/lib/validation/parse-form";
import type { SummaryError } from "./error-summary";
import { idOf } from "./fields";
import { useEnhancedSubmit } from "./use-enhanced-submit";

/** Reads a value from Conform's nested value by a field name such as "slots[0].weekday". */
export function pick(source: unknown, name: string): unknown {
  return name
    .replace(/\]/g, "")
    .split(/[.[]/)
    .reduce<unknown>((value, key) => (value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined), source);
}

/** "slots[0].start" → "slots": the field a nested name belongs to. */
export const rootOf = (name: string) => name.split(/[.[]/)[0]!;

/**
 * The organiser's long forms (notices, events): Conform with the form's zod schema on both
 * sides, the submit that keeps the input (use-enhanced-submit), and the error summary's
 * entries in the form's own order, shown after a submit and focused each time.
 */
export function useLongForm<S extends z.ZodType>(options: {
  id: string;
  schema: () => S;
  action: (state: ActionResult | undefined, formData: FormData) => Promise<ActionResult>;
  defaultValue: Record<string, unknown>;
  /** Every field in the order of the form, for the summary. */
  fieldOrder: readonly string[];
  /** Multiple-choice fields: an error on "themes[1]" (a forged value) is shown on "themes". */
  listFields: ReadonlySet<string>;
  /** The label of a field, or of a row's field ("Time 1: starts"), in the summary. */
  fieldLabel: (name: string) => string;
}) {
  const [lastResult, formAction] = useActionState(options.action, undefined);
  const [form] = useForm({
    id: options.id,
    lastResult,
    defaultValue: options.defaultValue as never,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate({ formData }) {
      return parseForm(formData, options.schema());
    },
  });
  const submit = useEnhancedSubmit(form.onSubmit, formAction);
  const [summaryFocus, setSummaryFocus] = useState(0);
  const [attempted, setAttempted] = useState(false);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    setAttempted(true);
    submit.onSubmit(event);
    setSummaryFocus((n) => n + 1);
  };
  const initial = (form.initialValue ?? options.defaultValue) as Record<string, unknown>;
  // A list's errors may sit on its items ("themes[1]"); show them on the list.
  const errorsOf = (name: string) => {
    const own = form.allErrors[name] ?? [];
    const items = Object.entries(form.allErrors).filter(([key]) => key.startsWith(`${name}[`) && !key.slice(name.length).includes("."));
    const all = [...own, ...items.flatMap(([, value]) => value)];
    return all.length ? [...new Set(all)] : undefined;
  };
  const common = (name: string) => ({ formId: form.id, name, errors: errorsOf(name), defaultValue: pick(initial, name) });
  const errorField = (key: string) => {
    const list = /^(\w+)\[\d+\]$/.exec(key)?.[1];
    return list && options.listFields.has(list) ? list : key;
  };
  const summaryErrors: SummaryError[] = [...new Set(Object.keys(form.allErrors).filter((key) => key !== "").map(errorField))]
    .sort((a, b) => options.fieldOrder.indexOf(rootOf(a)) - options.fieldOrder.indexOf(rootOf(b)) || a.localeCompare(b))
    .map((name) => ({ id: idOf(form.id, name), label: options.fieldLabel(name), errors: errorsOf(name) ?? [] }));
  return {
    form,
    lastResult,
    /** The form's `action`: without JavaScript it posts as usual. */
    formAction,
    onSubmit,
    pending: submit.pending,
    summaryFocus,
    showSummary: attempted || lastResult?.status === "error",
    initial,
    errorsOf,
    common,
    summaryErrors,
    fieldErrorCount: Object.keys(form.allErrors).filter((name) => name !== "").length,
  };
}
