// The Arabic yardstick's whole layout: the same as the English one but for the language and the
// direction, so that what an Arabic-script page costs any site (shaping, the system's Arabic
// font) is measured apart from what the app adds (bench:lighthouse, decision 018).
export const metadata = {
  title: "Tukiverkko yardstick (Arabic)",
  description: "A minimal App Router page in Arabic built with the same Next.js and React as the app, for bench:lighthouse.",
};

export default function RootLayout({ children }) {
  return (
    <html lang="ar" dir="rtl">
      <body>{children}</body>
    </html>
  );
}
