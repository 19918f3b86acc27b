import Link from "next/link";

// Reached only for paths outside any locale that the proxy does not redirect; the
// localized 404 page is app/[locale]/not-found.tsx.
export default function RootNotFound() {
  return (
    <html lang="fi">
      <body>
        <main>
          <h1>404</h1>
          <p>
            <Link href="/">Tukiverkko</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
