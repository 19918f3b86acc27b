import { z } from "zod";
import { email } from "./fields";

// "Email me when new activities match" and the manage-link request. Messages: "Validation" keys.

export const alertSchema = z.object({
  email,
  frequency: z.enum(["DAILY", "WEEKLY"], { error: "required" }),
  includeNews: z.literal("on").optional(),
  includeEvents: z.literal("on").optional(),
  // The search page's own parameters; normalised again by lib/alerts (parseSearchQuery).
  query: z.string().max(4000, { error: "tooLong|4000" }).default(""),
});

export const alertManageSchema = z.object({ email });
