// Rendered per request, like the app's pages (which read the request for the CSP nonce).
export const dynamic = "force-dynamic";

export default function Page() {
  return (
    <main>
      <h1>Minimal page</h1>
      <p>A server-rendered App Router page with the framework&apos;s own client runtime and nothing else.</p>
    </main>
  );
}
