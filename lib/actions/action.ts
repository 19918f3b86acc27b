import "server-only";
import { randomUUID } from "node:crypto";
import { parseForm } from "../validation/parse-form";
import type { SubmissionResult } from "@conform-to/react";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { getSessionUser, type SessionUser } from "../auth/session";
import { isModerator } from "../auth/permissions";
import { databaseUnreachableSince, isDatabaseUnreachable, markDatabaseUnreachable } from "../db/unreachable";
import { isAppError } from "../errors/app-error";
import { errorText } from "../i18n/error-text";
import { logger } from "../log/logger";
import { consumeLimit, type LimitName } from "../rate-limit/limiter";

// The one way a server action runs (every action in app/**/actions.ts goes through it):
//   1. the session (unless the action is public), 2. parse the form with the form's zod
//   schema, 3. rate limit, 4. the lib/ mutation, which checks the permission for the specific
//   record itself and writes in one transaction. Expected errors (AppError) reach the user as
//   message keys; anything else is logged with a request id and shown as a generic message.
// CSRF: Next.js accepts server actions only as POST from the same origin (Origin vs Host).

export type ActionResult = SubmissionResult<string[]> & {
  /** HTTP status the outcome stands for (429 when rate limited), for the UI and tests. */
  httpStatus?: number;
  /** A success message key (namespace "Validation"). */
  notice?: string;
  /** Each error of the result in words (code → text), for forms that load no message catalogue. */
  errorTexts?: Record<string, string>;
};

type Access = "public" | "user" | "moderator";

type Handler<S extends z.ZodType, A extends Access> = (context: {
  data: z.output<S>;
  user: A extends "public" ? SessionUser | null : SessionUser;
  requestId: string;
}) => Promise<{ notice?: string; resetForm?: boolean } | void>;

export async function runAction<S extends z.ZodType, A extends Access>(formData: FormData, options: ActionOptions<S, A>): Promise<ActionResult> {
  return withErrorTexts(await run(formData, options));
}

/** Adds the words for the result's errors, in the request's language. */
async function withErrorTexts(result: ActionResult): Promise<ActionResult> {
  const codes = [...new Set(Object.values(result.error ?? {}).flat().filter((code): code is string => typeof code === "string"))];
  if (codes.length === 0) return result;
  const t = await getTranslations("Validation");
  return { ...result, errorTexts: Object.fromEntries(codes.map((code) => [code, errorText(t, code)])) };
}

type ActionOptions<S extends z.ZodType, A extends Access> = {
  schema: S;
  access: A;
  /** Limit by user id (user actions) or by a key from the parsed data. */
  rateLimit?: { name: LimitName; key: (data: z.output<S>, user: SessionUser | null) => string };
  handler: Handler<S, A>;
};

async function run<S extends z.ZodType, A extends Access>(formData: FormData, options: ActionOptions<S, A>): Promise<ActionResult> {
  const requestId = (await headers()).get("x-request-id") ?? randomUUID();
  const submission = parseForm(formData, options.schema);
  try {
    const user = await getSessionUser();
    // Auth.js reports a failed session lookup as "no session": not the user's fault then.
    if (!user && databaseUnreachableSince() !== undefined) return { ...submission.reply({ formErrors: ["UNAVAILABLE"] }), httpStatus: 503 };
    if (options.access !== "public" && !user) {
      return { ...submission.reply({ formErrors: ["signedOut"] }), httpStatus: 401 };
    }
    if (options.access === "moderator" && !isModerator(user)) {
      return { ...submission.reply({ formErrors: ["NOT_FOUND"] }), httpStatus: 404 };
    }
    if (submission.status !== "success") return { ...submission.reply(), httpStatus: 400 };
    if (options.rateLimit) {
      const limit = await consumeLimit(options.rateLimit.name, options.rateLimit.key(submission.value, user));
      if (!limit.allowed) {
        return { ...submission.reply({ formErrors: [`RATE_LIMITED|${Math.ceil(limit.retryAfterSeconds / 60)}`] }), httpStatus: 429 };
      }
    }
    const outcome = await options.handler({ data: submission.value, user: user as never, requestId });
    return { ...submission.reply({ resetForm: outcome?.resetForm ?? false }), httpStatus: 200, notice: outcome?.notice };
  } catch (error) {
    unstable_rethrow(error); // redirect() and notFound() are not errors
    if (isAppError(error)) {
      return {
        ...submission.reply(error.fieldErrors ? { fieldErrors: error.fieldErrors } : { formErrors: [error.messageKey] }),
        httpStatus: error.status,
      };
    }
    // The database went away: the mutation's transaction did not commit, so nothing was
    // saved; the form keeps its input and says so (scripts/serve.ts answers reads meanwhile).
    if (isDatabaseUnreachable(error)) {
      markDatabaseUnreachable();
      return { ...submission.reply({ formErrors: ["UNAVAILABLE"] }), httpStatus: 503 };
    }
    logger.error({ requestId, err: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error) }, "action failed");
    return { ...submission.reply({ formErrors: [`unexpected|${requestId.slice(0, 8)}`] }), httpStatus: 500 };
  }
}
