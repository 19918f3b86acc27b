// One way to turn an error from lib/validation or an AppError ("key" or "key|arg") into words of
// the "Validation" namespace: used in the browser (components/forms/messages.tsx) and on the
// server (lib/actions/action.ts, for forms that load no message catalogue).

type Translator = {
  (key: never, values?: never): string;
  has(key: never): boolean;
};

export function errorText(t: Translator, raw: string): string {
  const [key = "invalid", arg] = raw.split("|");
  if (!t.has(key as never)) return t("invalid" as never);
  const n = Number(arg);
  return t(key as never, { max: n, minutes: n, id: arg ?? "" } as never);
}
