"use client";
import { useForm } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/action";
import type { alertManageSchema, alertSchema } from "@/lib/validation/alert";
import { Checkbox, ChoiceGroup, SubmitButton, TextField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/messages";
import { useEnhancedSubmit } from "@/components/forms/use-enhanced-submit";
import { Link } from "@/lib/i18n/navigation";

type Action = (state: ActionResult | undefined, formData: FormData) => Promise<ActionResult>;

// The subscription form of app/[locale]/alerts/new (the search page links there). A plain form
// posting to a server action, so it works without JavaScript; the search travels as a hidden
// field of its canonical parameters (lib/alerts normalises it again). Validated on the server
// only (lib/validation/alert.ts through the action), so zod and the schemas stay off the page.
export function AlertForm({ action, query }: { action: Action; query: string }) {
  const t = useTranslations("Alerts");
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useForm<z.input<typeof alertSchema>>({
    id: "alert-form",
    lastResult,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  const submit = useEnhancedSubmit(form.onSubmit, formAction);
  const done = lastResult?.httpStatus === 200;
  const initial = (form.initialValue ?? {}) as Record<string, unknown>;
  const fieldErrorCount = Object.entries(form.allErrors).filter(([name]) => name !== "").length;
  return (
    <div id="alert" className="flex flex-col gap-3 rounded-lg border border-brand-100 bg-brand-50 p-4">
      {done ? (
        <p role="status" className="rounded border-2 border-green-700 bg-green-50 p-3 text-green-900">
          {lastResult.notice ?? t("sent")}
        </p>
      ) : (
        <form id={form.id} action={formAction} onSubmit={submit.onSubmit} noValidate className="flex max-w-xl flex-col gap-3">
          <FormStatus errors={form.errors} fieldErrorCount={form.errors?.length ? 0 : fieldErrorCount} />
          <input type="hidden" name="query" value={query} />
          <TextField formId={form.id} name="email" type="email" label={t("email")} required errors={fields.email.errors} defaultValue={initial.email} autoComplete="email" inputMode="email" />
          <ChoiceGroup
            formId={form.id}
            name="frequency"
            type="radio"
            label={t("frequency")}
            required
            errors={fields.frequency.errors}
            defaultValue={initial.frequency ?? "WEEKLY"}
            options={[
              { value: "DAILY", label: t("daily") },
              { value: "WEEKLY", label: t("weekly") },
            ]}
          />
          <Checkbox formId={form.id} name="includeNews" label={t("includeNews")} defaultChecked={initial.includeNews === "on"} errors={fields.includeNews.errors} />
          <Checkbox formId={form.id} name="includeEvents" label={t("includeEvents")} defaultChecked={initial.includeEvents === "on"} errors={fields.includeEvents.errors} />
          <div>
            <SubmitButton pending={submit.pending}>{t("submit")}</SubmitButton>
          </div>
        </form>
      )}
      <p className="flex flex-wrap gap-x-4 text-sm">
        <Link href="/privacy" className="text-brand-800 underline">
          {t("privacy")}
        </Link>
        <Link href="/alerts/manage" className="text-brand-800 underline">
          {t("manageLink")}
        </Link>
      </p>
    </div>
  );
}

/** The request for a link that lists and removes all alerts of an address. */
export function ManageRequestForm({ action }: { action: Action }) {
  const t = useTranslations("Alerts");
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useForm<z.input<typeof alertManageSchema>>({
    id: "alert-manage-form",
    lastResult,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  const submit = useEnhancedSubmit(form.onSubmit, formAction);
  if (lastResult?.httpStatus === 200) {
    return (
      <p role="status" className="rounded border-2 border-green-700 bg-green-50 p-3 text-green-900">
        {lastResult.notice ?? t("manageSent")}
      </p>
    );
  }
  const initial = (form.initialValue ?? {}) as Record<string, unknown>;
  return (
    <form id={form.id} action={formAction} onSubmit={submit.onSubmit} noValidate className="flex max-w-xl flex-col gap-3">
      <FormStatus errors={form.errors} fieldErrorCount={form.errors?.length ? 0 : Object.keys(form.allErrors).filter((n) => n !== "").length} />
      <TextField formId={form.id} name="email" type="email" label={t("email")} required errors={fields.email.errors} defaultValue={initial.email} autoComplete="email" inputMode="email" />
      <div>
        <SubmitButton pending={submit.pending}>{t("manageSubmit")}</SubmitButton>
      </div>
    </form>
  );
}
