"use server";
import { getLocale } from "next-intl/server";
import { runAction } from "@/lib/actions/action";
import { setCoordinatorRegions } from "@/lib/demand/coordinators";
import { redirect } from "@/lib/i18n/navigation";
import { coordinatorSchema } from "@/lib/validation/coordinators";

// Works without JavaScript: a plain form post, then back to the page with the outcome in the address.
export async function setCoordinatorAction(formData: FormData): Promise<void> {
  const locale = await getLocale();
  const result = await runAction(formData, {
    schema: coordinatorSchema,
    access: "moderator",
    handler: ({ data, user }) => setCoordinatorRegions({ actor: user, email: data.email, regions: data.regions }),
  });
  const outcome = result.httpStatus === 200 ? "saved" : result.httpStatus === 404 && result.error?.[""]?.includes("noUser") ? "noUser" : "invalid";
  redirect({ href: { pathname: "/moderation/coordinators", query: { done: outcome } }, locale });
}
