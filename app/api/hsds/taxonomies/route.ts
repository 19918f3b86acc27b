import { listTaxonomies } from "@/lib/hsds/handlers";
import { handleHsdsRequest, hsdsOptions } from "@/lib/hsds/http";

export const dynamic = "force-dynamic";

// GET /api/hsds/taxonomies (HSDS 3.1, paged; parameters in lib/validation/hsds-query.ts).
export function GET(request: Request) {
  return handleHsdsRequest(request, listTaxonomies);
}
export { GET as HEAD, hsdsOptions as OPTIONS };
