"use client";
import type { ReactNode } from "react";
import { FieldErrors } from "./messages";

// The submit button has its own module, so forms that need nothing else (components/reports/choice-buttons.tsx) do not load the fields.
export { SubmitButton } from "./submit-button";

// Form controls with a visible label, guidance under the label, and errors next to the field
// (aria-describedby ties both to the control). Uncontrolled inputs with default values, so
// forms work without JavaScript and keep what the user typed when the server answers.

export type FieldProps = {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  errors?: string[];
  formId: string;
};

/** The id of a field's control (or of its fieldset, for a group): error summaries and checklists link to it. */
export const idOf = (formId: string, name: string) => `${formId}-${name.replace(/[^\w-]/g, "_")}`;

export function describedBy(id: string, hint?: string, errors?: string[]) {
  return [hint ? `${id}-hint` : "", errors?.length ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}

export function Label({ id, label, required }: { id: string; label: string; required?: boolean }) {
  return (
    <label htmlFor={id} className="block font-semibold">
      {label}
      {required && <span aria-hidden="true"> *</span>}
    </label>
  );
}

export function Hint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <p id={`${id}-hint`} className="text-sm text-muted">
      {hint}
    </p>
  ) : null;
}

export const inputClass = "mt-1 w-full rounded border border-slate-500 px-3 py-2 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

export function TextField(props: FieldProps & { defaultValue?: unknown; type?: string; autoComplete?: string; inputMode?: "email" | "tel" | "url" | "numeric"; maxLength?: number; className?: string }) {
  const id = idOf(props.formId, props.name);
  return (
    <div className={props.className ?? "flex flex-col"}>
      <Label id={id} label={props.label} required={props.required} />
      <Hint id={id} hint={props.hint} />
      <input
        id={id}
        name={props.name}
        type={props.type ?? "text"}
        defaultValue={typeof props.defaultValue === "string" || typeof props.defaultValue === "number" ? props.defaultValue : undefined}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        aria-invalid={props.errors?.length ? true : undefined}
        aria-describedby={describedBy(id, props.hint, props.errors)}
        aria-required={props.required || undefined}
        className={inputClass}
      />
      <FieldErrors id={`${id}-error`} errors={props.errors} />
    </div>
  );
}

export function TextArea(props: FieldProps & { defaultValue?: unknown; rows?: number }) {
  const id = idOf(props.formId, props.name);
  return (
    <div className="flex flex-col">
      <Label id={id} label={props.label} required={props.required} />
      <Hint id={id} hint={props.hint} />
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 4}
        defaultValue={typeof props.defaultValue === "string" ? props.defaultValue : undefined}
        aria-invalid={props.errors?.length ? true : undefined}
        aria-describedby={describedBy(id, props.hint, props.errors)}
        aria-required={props.required || undefined}
        className={inputClass}
      />
      <FieldErrors id={`${id}-error`} errors={props.errors} />
    </div>
  );
}

export type Option = { value: string; label: string };

export function SelectField(props: FieldProps & { defaultValue?: unknown; options: Option[]; placeholder?: string; multiple?: boolean; size?: number; className?: string }) {
  const id = idOf(props.formId, props.name);
  const value = Array.isArray(props.defaultValue) ? props.defaultValue.map(String) : typeof props.defaultValue === "string" ? props.defaultValue : props.multiple ? [] : "";
  return (
    <div className={props.className ?? "flex flex-col"}>
      <Label id={id} label={props.label} required={props.required} />
      <Hint id={id} hint={props.hint} />
      <select
        id={id}
        name={props.name}
        multiple={props.multiple}
        size={props.size}
        defaultValue={value}
        aria-invalid={props.errors?.length ? true : undefined}
        aria-describedby={describedBy(id, props.hint, props.errors)}
        aria-required={props.required || undefined}
        className={`${inputClass} bg-white`}
      >
        {!props.multiple && <option value="">{props.placeholder ?? ""}</option>}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldErrors id={`${id}-error`} errors={props.errors} />
    </div>
  );
}

/** A group of controls under one legend, with its hint and errors; the fieldset takes the focus for the error summary. */
export function GroupFieldset(props: Omit<FieldProps, "name"> & { id: string; children: ReactNode }) {
  const { id } = props;
  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={describedBy(id, props.hint, props.errors)} aria-invalid={props.errors?.length ? true : undefined} className="flex flex-col">
      <legend className="font-semibold">
        {props.label}
        {props.required && <span aria-hidden="true"> *</span>}
      </legend>
      <Hint id={id} hint={props.hint} />
      {props.children}
      <FieldErrors id={`${id}-error`} errors={props.errors} />
    </fieldset>
  );
}

/** Checkboxes (multiple values under one name) or radio buttons (one value), in a fieldset. */
export function ChoiceGroup(props: FieldProps & { type: "checkbox" | "radio"; defaultValue?: unknown; options: Option[]; columns?: boolean }) {
  const id = idOf(props.formId, props.name);
  const selected = new Set(Array.isArray(props.defaultValue) ? props.defaultValue.map(String) : typeof props.defaultValue === "string" ? [props.defaultValue] : []);
  return (
    <GroupFieldset {...props} id={id}>
      <div className={props.columns ? "mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3" : "mt-1 flex flex-wrap gap-x-6 gap-y-1"}>
        {props.options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 py-1">
            <input type={props.type} name={props.name} value={option.value} defaultChecked={selected.has(option.value)} className="size-5 accent-brand-700" />
            {option.label}
          </label>
        ))}
      </div>
    </GroupFieldset>
  );
}

export function Checkbox(props: Omit<FieldProps, "hint" | "required"> & { defaultChecked?: boolean }) {
  const id = idOf(props.formId, props.name);
  return (
    <div>
      <label htmlFor={id} className="flex items-center gap-2 py-1">
        <input id={id} type="checkbox" name={props.name} defaultChecked={props.defaultChecked} className="size-5 accent-brand-700" />
        {props.label}
      </label>
      <FieldErrors id={`${id}-error`} errors={props.errors} />
    </div>
  );
}

/** Disabled while its form is being sent: a double click sends once. */
