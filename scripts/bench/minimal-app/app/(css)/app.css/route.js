import { readFile } from "node:fs/promises";

// The app's built stylesheet, copied by bench:lighthouse to $YARDSTICK_CSS once the app is up;
// cached as Next serves its own static chunks.
export async function GET() {
  const file = process.env.YARDSTICK_CSS;
  const css = file ? await readFile(file, "utf8").catch(() => null) : null;
  if (css === null) return new Response("no stylesheet copied", { status: 404 });
  return new Response(css, { headers: { "content-type": "text/css; charset=utf-8", "cache-control": "public, max-age=31536000, immutable" } });
}
