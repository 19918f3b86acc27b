// Rendered per request, like the app's pages (which read the request for the CSP nonce).
export const dynamic = "force-dynamic";

export default function Page() {
  return (
    <main>
      <h1>صفحة بسيطة</h1>
      <p>صفحة تُعرض على الخادم، فيها وقت تشغيل الإطار على جهاز المستخدم ولا شيء غيره.</p>
    </main>
  );
}
