import { z } from "zod";
import { email } from "./fields";

export const signInSchema = z.object({
  email,
  // Where to go after signing in: a path inside the app only (never another site).
  callbackUrl: z
    .string()
    .optional()
    .transform((value) => (value && /^\/[a-z]{2}\/(manage|moderation)(\/[\w\-/]*)?$/.test(value) ? value : undefined)),
});
