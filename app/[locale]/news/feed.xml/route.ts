import { newsFeedResponse } from "@/lib/news/feed-response";

export function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return newsFeedResponse(request, params, "rss");
}
