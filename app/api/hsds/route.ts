import { apiRoot } from "@/lib/hsds/handlers";
import { handleHsdsRequest, hsdsOptions } from "@/lib/hsds/http";

export const dynamic = "force-dynamic";

// GET /api/hsds: the HSDS version, the profile and the OpenAPI description (docs/decisions/016).
export function GET(request: Request) {
  return handleHsdsRequest(request, apiRoot);
}
export { GET as HEAD, hsdsOptions as OPTIONS };
