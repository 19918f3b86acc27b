"use server";
import { refresh } from "next/cache";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { runAction, type ActionResult } from "@/lib/actions/action";
import { redirect } from "@/lib/i18n/navigation";
import { requestClientAddress } from "@/lib/http/client-address";
import { answerReports, setCapacity, submitReport } from "@/lib/reports/mutations";
import { answerReportsSchema, capacitySchema, reportSchema } from "@/lib/validation/report";

// "Report a problem" (public), the organiser's answer and the capacity status (members; the
// mutations check the specific notice). docs/decisions/011-reports-and-capacity.md

export async function submitReportAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const locale = await getLocale();
  const ip = requestClientAddress(await headers());
  const t = await getTranslations("ReportForm");
  return runAction(formData, {
    schema: reportSchema,
    access: "public",
    rateLimit: { name: "reportPerIp", key: () => ip },
    handler: async ({ data }) => {
      await submitReport({ input: data, locale });
      return { notice: t("thanks"), resetForm: true };
    },
  });
}

export async function answerReportsAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const locale = await getLocale();
  const t = await getTranslations("ReportAnswer");
  let answered: { answer: string; returnTo?: string } | undefined;
  const result = await runAction(formData, {
    schema: answerReportsSchema,
    access: "user",
    handler: async ({ data, user }) => {
      await answerReports({ actor: user, activityId: data.activityId, answer: data.answer });
      answered = { answer: data.answer, returnTo: data.returnTo };
      return { notice: t(`done${data.answer}`) };
    },
  });
  // The answered reports leave the list, so the outcome is shown on top of the page again.
  if (answered?.returnTo) redirect({ href: { pathname: answered.returnTo, query: { answered: answered.answer } }, locale });
  if (result.httpStatus === 200) refresh();
  return result;
}

export async function setCapacityAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const t = await getTranslations("Capacity");
  const result = await runAction(formData, {
    schema: capacitySchema,
    access: "user",
    handler: async ({ data, user }) => {
      await setCapacity({ actor: user, activityId: data.activityId, status: data.status });
      return { notice: t("saved") };
    },
  });
  if (result.httpStatus === 200) refresh();
  return result;
}
