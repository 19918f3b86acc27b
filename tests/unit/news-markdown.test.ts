import { describe, expect, test } from "vitest";
import { markdownToText, renderNewsMarkdown } from "../../lib/news/markdown";

// News bodies are written by organisation members: nothing they write may run as HTML or script.
describe("news Markdown", () => {
  test("renders ordinary Markdown: emphasis, lists, headings one level down, http(s) and mailto links", () => {
    const html = renderNewsMarkdown("# Otsikko\n\n**lihava** ja *kursiivi*\n\n- yksi\n- kaksi\n\n[ELY](https://www.ely-keskus.fi) ja [posti](mailto:info@example.fi)");
    expect(html).toContain("<h2>Otsikko</h2>");
    expect(html).toContain("<strong>lihava</strong>");
    expect(html).toContain("<li>yksi</li>");
    expect(html).toContain('<a href="https://www.ely-keskus.fi" rel="nofollow ugc noopener">ELY</a>');
    expect(html).toContain('<a href="mailto:info@example.fi">posti</a>');
  });

  test("raw HTML is escaped, never passed through", () => {
    const html = renderNewsMarkdown('<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\nteksti <b onclick="x()">b</b> <iframe src="https://evil.example"></iframe>');
    expect(html).not.toMatch(/<script|<img|<iframe|<b /i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(2)&quot;&gt;");
  });

  test.each([
    ["[klikkaa](javascript:alert(1))"],
    ["[klikkaa](JaVaScRiPt:alert(1))"],
    ["[klikkaa](  javascript:alert(1))"],
    ["[klikkaa](java&#x73;cript:alert(1))"],
    ["[klikkaa](vbscript:msgbox(1))"],
    ["[klikkaa](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
    ["<javascript:alert(1)>"],
    ["[klikkaa](/fi/manage)"],
    ["[ref]\n\n[ref]: javascript:alert(1)"],
  ])("%s does not become a link", (source) => {
    const html = renderNewsMarkdown(source);
    expect(html).not.toContain("<a ");
    expect(html).not.toMatch(/href=/i);
  });

  test("images are not rendered (no tracking pixels)", () => {
    expect(renderNewsMarkdown("![kuva](https://tracker.example/p.gif)")).not.toContain("<img");
  });

  test("bare web addresses become links; bare javascript: text does not", () => {
    expect(renderNewsMarkdown("Katso https://tukiverkko.fi")).toContain('<a href="https://tukiverkko.fi"');
    expect(renderNewsMarkdown("javascript:alert(1)")).not.toContain("<a ");
  });

  test("plain text drops the marks and decodes entities", () => {
    expect(markdownToText("**Haku** <b>auki</b> & [linkki](https://x.fi)")).toBe("Haku <b>auki</b> & linkki");
  });
});
