import type { ReactNode } from "react";

/** A plain text page (legal statements): a title and titled sections. */
export function ProsePage({ title, intro, sections, footer }: { title: string; intro: string; sections: { title: string; body: ReactNode }[]; footer?: ReactNode }) {
  return (
    <article className="flex max-w-3xl flex-col gap-6">
      <h1 className="text-3xl font-bold text-brand-800">{title}</h1>
      <p className="text-lg">{intro}</p>
      {sections.map((section) => (
        <section key={section.title} className="flex flex-col gap-2">
          <h2 className="text-xl font-semibold">{section.title}</h2>
          {section.body}
        </section>
      ))}
      {footer}
    </article>
  );
}
