import { contactPieces } from "@/lib/text/contact-links";

/**
 * An organiser's text with its phone numbers, email and web addresses as links, each isolated
 * left to right (dir="ltr" isolates in HTML), so they read in their own order inside Arabic,
 * Persian or Sorani text. Rendered as React text and elements: never as HTML.
 */
export function LinkedText({ text }: { text: string }) {
  return (
    <>
      {contactPieces(text).map((piece, i) =>
        piece.kind === "text" ? (
          piece.text
        ) : (
          <a
            key={i}
            href={piece.href}
            dir="ltr"
            data-contact={piece.kind}
            // A phone number is kept on one line; a long address may wrap (reflow at 320 px).
            className={piece.kind === "phone" ? "whitespace-nowrap text-brand-800 underline" : "text-brand-800 underline"}
            {...(piece.kind === "url" ? { rel: "nofollow noopener noreferrer" } : {})}
          >
            {piece.text}
          </a>
        ),
      )}
    </>
  );
}
