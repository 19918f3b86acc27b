import { processBounceReport, markAddressesBounced, secretMatches } from "@/lib/alerts/bounces";
import { env } from "@/lib/env";
import { bounceWebhookSchema } from "@/lib/validation/bounces";

// Bounce reports that arrive later (docs/decisions/014). The mail provider (or a mail filter
// piping DSNs to curl) POSTs either JSON `{ "addresses": [...] }` or a DSN (text/plain,
// message/delivery-status or the whole multipart/report); permanently failed addresses stop
// their alerts. Authenticated by a shared secret (Authorization: Bearer BOUNCE_WEBHOOK_SECRET,
// compared in constant time); without a configured secret the endpoint does not exist.

const MAX_BYTES = 1_000_000;
const json = (body: unknown, status: number) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

export async function POST(request: Request): Promise<Response> {
  const secret = env.BOUNCE_WEBHOOK_SECRET;
  if (!secret) return new Response("Not found", { status: 404 });
  const presented = /^Bearer\s+(.+)$/i.exec(request.headers.get("authorization") ?? "")?.[1]?.trim() ?? "";
  if (!secretMatches(presented, secret)) return json({ error: "unauthorized" }, 401);
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BYTES) return json({ error: "too large" }, 413);
  const body = await request.text();
  if (body.length > MAX_BYTES) return json({ error: "too large" }, 413);
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (type.startsWith("application/json")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return json({ error: "invalid JSON" }, 400);
    }
    const result = bounceWebhookSchema.safeParse(parsed);
    if (!result.success) return json({ error: "invalid body", issues: result.error.issues.map((i) => ({ path: i.path.join("."), code: i.code })) }, 400);
    return json({ addresses: result.data.addresses.length, alerts: await markAddressesBounced(result.data.addresses) }, 200);
  }
  if (type.startsWith("text/plain") || type.startsWith("message/delivery-status") || type.startsWith("multipart/report") || type.startsWith("message/rfc822")) {
    const { addresses, alerts } = await processBounceReport(body);
    return json({ addresses: addresses.length, alerts }, 200);
  }
  return json({ error: "unsupported content type" }, 415);
}
