import { getServiceAtLocation } from "@/lib/hsds/handlers";
import { handleHsdsRequest, hsdsOptions } from "@/lib/hsds/http";

export const dynamic = "force-dynamic";

// GET /api/hsds/service_at_locations/{id} (HSDS 3.1; ids are UUIDs, docs/decisions/016).
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleHsdsRequest(request, (ctx) => getServiceAtLocation(ctx, id));
}
export { GET as HEAD, hsdsOptions as OPTIONS };
