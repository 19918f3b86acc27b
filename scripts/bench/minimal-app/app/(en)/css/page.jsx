import Page from "../page.jsx";

// The yardstick with the app's built stylesheet and nothing else of the app, so that
// bench:lighthouse can tell what any styled page pays for its stylesheet from what the app's
// pages add (decision 018). React puts a stylesheet with a precedence in <head>, render-blocking,
// where Next puts the app's; bench:lighthouse copies the file to public/app.css.
export const dynamic = "force-dynamic";

export default function StyledPage() {
  return (
    <>
      {/* eslint-disable-next-line @next/next/no-css-tags -- the point: a stylesheet that arrives by a request */}
      <link rel="stylesheet" href="/app.css" precedence="default" />
      <Page />
    </>
  );
}
