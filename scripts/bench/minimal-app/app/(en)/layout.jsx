// The yardstick's whole layout: no fonts, no stylesheet, no client components (its Arabic twin:
// app/(ar)/layout.jsx).
export const metadata = {
  title: "Tukiverkko yardstick",
  description: "A minimal App Router page built with the same Next.js and React as the app, for bench:lighthouse.",
};

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
