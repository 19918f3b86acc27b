import { checkHealth } from "@/lib/health/check";

export const dynamic = "force-dynamic";

export async function GET() {
  const report = await checkHealth();
  return Response.json(report, {
    // Not ready (down, or still loading the search snapshot): a load balancer waits.
    status: report.status === "down" || report.status === "starting" ? 503 : 200,
    headers: { "Cache-Control": "no-store" },
  });
}
