// Content-Security-Policy with a per-request nonce. Next.js reads the nonce from the
// request's CSP header and puts it on its own scripts; nothing else may run.
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, options: { dev: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    // Tailwind emits a stylesheet; React sets style attributes for a few layout values.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (options.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/**
 * For API responses (JSON, redirects, Auth.js's endpoints): nothing may load or frame them.
 * They get no nonce, so a JSON body can never be turned into a page that runs script.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/**
 * Strict-Transport-Security, decided when the request is served (not when the app was built):
 * only in production and only where the site's own address is https, so a local or test run
 * over plain HTTP never pins a browser to HTTPS.
 */
export function strictTransportSecurity(env: { NODE_ENV?: string; SITE_URL?: string }): string | undefined {
  return env.NODE_ENV === "production" && env.SITE_URL?.startsWith("https://") ? "max-age=63072000; includeSubDomains" : undefined;
}
