import { handleExport } from "@/lib/hsds/export-http";

export const dynamic = "force-dynamic";

// GET /api/activities/export.zip?<search parameters>&locale=fi: the search's results in the HSDS 3.1 tabular form (CSV files and datapackage.json).
export function GET(request: Request) {
  return handleExport(request, "zip");
}
