import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Headers that do not depend on the request. The Content-Security-Policy needs a fresh
// nonce per request, so proxy.ts sets it.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm run typecheck` checks the whole project (tests and scripts too) in the test command;
  // checking again inside every build would only double the time.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "pino"],
  // The moderators' open-data import uploads files of up to 5 MB (lib/hsds/import/mutations.ts).
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  // HSTS depends on SITE_URL where the app runs, so proxy.ts sets it per request.
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // The subset Arabic font (scripts/fonts/subset-arabic.mjs): changes only with the font package.
      { source: "/fonts/:path*", headers: [{ key: "Cache-Control", value: "public, max-age=604800" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
