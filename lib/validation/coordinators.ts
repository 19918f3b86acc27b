import { z } from "zod";
import { email } from "./fields";

/** A moderator sets the regions a user coordinates (none: the role is taken away). */
export const coordinatorSchema = z.object({
  email,
  regions: z.preprocess((v) => (v === undefined ? [] : [v].flat()), z.array(z.string().regex(/^\d{2}$/, { error: "invalid" })).max(19, { error: "invalid" })),
});
