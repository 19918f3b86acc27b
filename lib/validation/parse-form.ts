import { parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";

// The one way a form is parsed, on the server (lib/actions/action.ts) and in the browser
// (conform's onValidate): the form's zod schema, with a fallback for any check that does not
// name its own message (a hidden field tampered with, a list where one value belongs), so the
// user still reads a key every language has and never zod's English default. Messages the
// schemas give themselves take precedence (lib/validation/fields.ts).
const formErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === "invalid_type") return issue.input === undefined ? "required" : "invalid";
  if (issue.code === "invalid_value") return "unknownOption";
  if (issue.code === "too_small") return "required";
  return "invalid";
};

export function parseForm<S extends z.ZodType>(formData: FormData | URLSearchParams, schema: S) {
  return parseWithZod(formData, { schema, error: formErrorMap });
}
