// The look of every value row, set once on the group rather than on each of its rows: the page's
// HTML and its component payload both carry each row, so each row carries only what differs
// (docs/decisions/019).
export const OPTION_GROUP =
  "flex min-w-0 flex-col gap-1 [&>label]:flex [&>label]:min-h-6 [&>label]:items-center [&>label]:gap-2 [&_input]:size-4 [&_input]:shrink-0 [&_input]:accent-brand-700 [&_small]:text-sm [&_small]:text-muted [&_label:has(:disabled)]:text-muted";
