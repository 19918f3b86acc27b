import type { ReactNode } from "react";

type Props = {
  /** The section's id stem: the heading gets `${id}-title` and names the section (aria-labelledby). */
  id: string;
  title: ReactNode;
  /** The heading level; pages nest notices two levels down in previews. */
  as?: "h2" | "h3" | "h4";
  className?: string;
  titleClassName?: string;
  children: ReactNode;
};

/** A section named by its own heading: one shape for the notice page, the review page and others. */
export function TitledSection({ id, title, as: Heading = "h2", className, titleClassName = "text-2xl font-semibold", children }: Props) {
  return (
    <section aria-labelledby={`${id}-title`} className={className}>
      <Heading id={`${id}-title`} className={titleClassName}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
