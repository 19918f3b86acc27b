// Texts for client components with a value the browser fills in (a date, a count, a language's
// name), without a message catalogue or an ICU formatter in the browser (docs/decisions/018):
// the server formats the message with "{name}" as the value, once for every use on the page.

/** On the server: the value to format a message with, so that the browser can fill it in. */
export function placeholder(name: string): string {
  return `{${name}}`;
}

/** In the browser: the template with its placeholder replaced by the value. */
export function fillTemplate(template: string, name: string, value: string): string {
  return template.replace(placeholder(name), value);
}
