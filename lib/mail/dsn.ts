// Delivery status notifications (RFC 3464): which recipients failed permanently. A DSN is a
// multipart/report whose message/delivery-status part has one block of fields per recipient;
// a block with a Final-Recipient (or Original-Recipient) and a Status of 5.x.x is a permanent
// failure. Transient failures (4.x.x) and delays are ignored. Works on the whole message or on
// the delivery-status part alone; unfolds continuation lines; never throws.

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

function unfold(text: string): string[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const out: string[] = [];
  for (const line of lines) {
    if (/^[ \t]+\S/.test(line) && out.length && out[out.length - 1] !== "") out[out.length - 1] += ` ${line.trim()}`;
    else out.push(line.trimEnd());
  }
  return out;
}

function recipient(value: string): string | undefined {
  // "rfc822; someone@example.fi" (the address type is required; tolerate its absence and <>).
  const address = (value.includes(";") ? value.slice(value.indexOf(";") + 1) : value).trim().replace(/^<|>$/g, "").toLowerCase();
  return EMAIL.test(address) ? address : undefined;
}

/** Addresses a DSN reports as permanently failed (lower-case, unique). */
export function permanentFailures(report: string): string[] {
  const found = new Set<string>();
  let block: Record<string, string> = {};
  const flush = () => {
    const address = recipient(block["final-recipient"] ?? block["original-recipient"] ?? "");
    const status = (block.status ?? "").trim();
    const action = (block.action ?? "failed").trim().toLowerCase();
    if (address && /^5\.\d{1,3}\.\d{1,3}\b/.test(status) && action === "failed") found.add(address);
    block = {};
  };
  for (const line of unfold(report.slice(0, 1_000_000))) {
    if (line === "" || line.startsWith("--")) {
      flush();
      continue;
    }
    const match = /^([A-Za-z][A-Za-z0-9-]*):\s*(.*)$/.exec(line);
    if (!match) continue;
    const name = match[1]!.toLowerCase();
    // A new recipient's fields begin without a blank line in some reports.
    if ((name === "final-recipient" || name === "original-recipient") && block["final-recipient"] && block.status) flush();
    block[name] = match[2]!;
  }
  flush();
  return [...found];
}
