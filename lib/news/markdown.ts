import MarkdownIt from "markdown-it";

// News bodies are Markdown written by organisation members. Rendered on the server, safely:
// raw HTML is never passed through (html: false escapes it), images are off (no tracking
// pixels, no alt-less pictures), and a link becomes a link only when its scheme is http(s) or
// mailto; anything else (javascript:, data:, vbscript:, relative paths) stays plain text.
// Headings move down one level: the page's h1 is the news title.

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

const md = new MarkdownIt("default", { html: false, linkify: true, typographer: false, breaks: false });
md.disable(["image", "table"]);
md.validateLink = (url: string) => SAFE_LINK.test(url.trim());
// linkify finds bare addresses too; the same rule applies to them.
md.linkify.set({ fuzzyEmail: false });

md.renderer.rules.heading_open = (tokens, index, options, _env, self) => {
  const token = tokens[index]!;
  const level = Math.min(6, Number(token.tag.slice(1)) + 1);
  token.tag = `h${level}`;
  return self.renderToken(tokens, index, options);
};

md.renderer.rules.heading_close = (tokens, index, options, _env, self) => {
  const token = tokens[index]!;
  const level = Math.min(6, Number(token.tag.slice(1)) + 1);
  token.tag = `h${level}`;
  return self.renderToken(tokens, index, options);
};

md.renderer.rules.link_open = (tokens, index, options, _env, self) => {
  const token = tokens[index]!;
  const href = token.attrGet("href") ?? "";
  if (/^https?:/i.test(href)) token.attrSet("rel", "nofollow ugc noopener");
  return self.renderToken(tokens, index, options);
};

/** HTML for a news body (safe to insert). */
export function renderNewsMarkdown(source: string): string {
  return md.render(source);
}

/** Plain text of a body (feeds' summaries, emails): the Markdown without its marks. */
export function markdownToText(source: string): string {
  return md
    .render(source)
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}
