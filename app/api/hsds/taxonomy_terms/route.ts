import { listTaxonomyTerms } from "@/lib/hsds/handlers";
import { handleHsdsRequest, hsdsOptions } from "@/lib/hsds/http";

export const dynamic = "force-dynamic";

// GET /api/hsds/taxonomy_terms (HSDS 3.1, paged; parameters in lib/validation/hsds-query.ts).
export function GET(request: Request) {
  return handleHsdsRequest(request, listTaxonomyTerms);
}
export { GET as HEAD, hsdsOptions as OPTIONS };
