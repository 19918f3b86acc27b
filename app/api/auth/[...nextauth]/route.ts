import { handlers } from "@/lib/auth/config";

// Auth.js endpoints: the magic-link callback, session, CSRF token, sign-out. Sign-in requests
// come through the sign-in page's server action, which rate-limits them; a direct POST to
// /api/auth/signin/* would skip that, so it is refused here.
export const GET = handlers.GET;

export async function POST(request: Request) {
  if (new URL(request.url).pathname.startsWith("/api/auth/signin")) return new Response("Not Found", { status: 404 });
  return handlers.POST(request as never);
}
