import { handleHsdsRequest, hsdsOptions } from "@/lib/hsds/http";
import { openApiDocument } from "@/lib/hsds/openapi";

export const dynamic = "force-dynamic";

// GET /api/hsds/openapi.json: our OpenAPI 3.1 description of the API.
export function GET(request: Request) {
  return handleHsdsRequest(request, async (ctx) => ({ status: 200, body: openApiDocument(ctx.origin) }));
}
export { GET as HEAD, hsdsOptions as OPTIONS };
