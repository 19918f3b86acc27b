// The yardstick with the app's stylesheet and nothing else of the app: the same page as app/(en),
// with one render-blocking stylesheet (the app's built one, served by ../app.css/route.js), so that
// bench:lighthouse can tell what any styled page pays for its stylesheet from what the app's pages
// add (decision 018).
export const metadata = {
  title: "Tukiverkko yardstick (with the app's stylesheet)",
  description: "A minimal App Router page with the app's stylesheet, for bench:lighthouse.",
};

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <head>
        {/* The point of this yardstick: a stylesheet the way the app's arrives, by a request. */}
        {/* eslint-disable-next-line @next/next/no-css-tags */}
        <link rel="stylesheet" href="/app.css" precedence="default" />
      </head>
      <body>{children}</body>
    </html>
  );
}
