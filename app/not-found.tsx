// Reached only for paths outside any locale that the proxy does not redirect; the
// localized 404 page is app/[locale]/not-found.tsx.
export default function RootNotFound() {
  return (
    <html lang="fi">
      <body>
        <main>
          <h1>404</h1>
          <p>
            {/* A plain link: next/link here would put the client router's link code into every
                page's JavaScript (docs/decisions/018); "/" is a full page load anyway. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/">Tukiverkko</a>
          </p>
        </main>
      </body>
    </html>
  );
}
