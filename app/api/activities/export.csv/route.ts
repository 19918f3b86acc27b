import { handleExport } from "@/lib/hsds/export-http";

export const dynamic = "force-dynamic";

// GET /api/activities/export.csv?<search parameters>&locale=fi: the search's results as CSV (UTF-8 with BOM).
export function GET(request: Request) {
  return handleExport(request, "csv");
}
