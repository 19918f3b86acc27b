import { z } from "zod";
import { email } from "./fields";

// The JSON body of the bounce webhook (/api/mail/bounces): the addresses that bounced permanently.
export const bounceWebhookSchema = z.object({ addresses: z.array(email).min(1).max(1000) }).strict();
