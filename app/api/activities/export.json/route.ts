import { handleExport } from "@/lib/hsds/export-http";

export const dynamic = "force-dynamic";

// GET /api/activities/export.json?<search parameters>&locale=fi: the search's results as HSDS 3.1 JSON.
export function GET(request: Request) {
  return handleExport(request, "json");
}
