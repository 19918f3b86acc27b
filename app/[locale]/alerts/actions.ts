"use server";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { runAction, type ActionResult } from "@/lib/actions/action";
import { requestManageLink, subscribeAlert } from "@/lib/alerts/mutations";
import { AppError } from "@/lib/errors/app-error";
import { requestClientAddress } from "@/lib/http/client-address";
import { consumeLimit } from "@/lib/rate-limit/limiter";
import { alertManageSchema, alertSchema } from "@/lib/validation/alert";

// Email alerts (public, docs/decisions/014): limited per client address (runAction) and per
// email address (here), so nobody can flood an inbox with confirmation mails.

async function limitAddress(name: "alertSubscribePerEmail" | "alertManagePerEmail", address: string) {
  const limit = await consumeLimit(name, address);
  if (!limit.allowed) throw new AppError("RATE_LIMITED", { messageKey: `RATE_LIMITED|${Math.ceil(limit.retryAfterSeconds / 60)}` });
}

export async function subscribeAlertAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const locale = await getLocale();
  const ip = requestClientAddress(await headers());
  const t = await getTranslations("Alerts");
  return runAction(formData, {
    schema: alertSchema,
    access: "public",
    rateLimit: { name: "alertSubscribePerIp", key: () => ip },
    handler: async ({ data }) => {
      await limitAddress("alertSubscribePerEmail", data.email);
      await subscribeAlert({ email: data.email, frequency: data.frequency, includeNews: data.includeNews === "on", includeEvents: data.includeEvents === "on", query: data.query, locale });
      return { notice: t("sent"), resetForm: true };
    },
  });
}

export async function requestManageLinkAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const locale = await getLocale();
  const ip = requestClientAddress(await headers());
  const t = await getTranslations("Alerts");
  return runAction(formData, {
    schema: alertManageSchema,
    access: "public",
    rateLimit: { name: "alertManagePerIp", key: () => ip },
    handler: async ({ data }) => {
      await limitAddress("alertManagePerEmail", data.email);
      await requestManageLink({ email: data.email, locale });
      return { notice: t("manageSent"), resetForm: true };
    },
  });
}
