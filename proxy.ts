import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing } from "./lib/i18n/routing";
import { API_CONTENT_SECURITY_POLICY, contentSecurityPolicy, createNonce, strictTransportSecurity } from "./lib/security/csp";

const handleI18nRouting = createMiddleware(routing);

export default function proxy(request: NextRequest): NextResponse {
  // A path that is not valid percent-encoding cannot name any page; answer 400 here rather
  // than let it fail later while decoding route parameters.
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("Bad Request", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const hsts = strictTransportSecurity(process.env);
  if (request.nextUrl.pathname.startsWith("/api/") || request.nextUrl.pathname === "/api") {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
    if (hsts) response.headers.set("Strict-Transport-Security", hsts);
    return response;
  }
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV === "development",
    https: request.nextUrl.protocol === "https:",
  });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  headers.set("x-nonce", nonce);
  // The page's own path and query, for links to it in another language (the language switcher).
  headers.set("x-url", request.nextUrl.pathname + request.nextUrl.search);
  const response = handleI18nRouting(new NextRequest(request, { headers }));
  response.headers.set("Content-Security-Policy", csp);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

export const config = {
  // Everything but Next.js internals and files with an extension; API routes get their own CSP.
  matcher: ["/api/:path*", "/((?!api|_next|_vercel|.*\\..*).*)"],
};
