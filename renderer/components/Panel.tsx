import type { ReactNode } from 'react';

type Props = {
  title: ReactNode;
  /** A line under the title saying what the panel is for. */
  intro?: ReactNode;
  className?: string | undefined;
  /**
   * With an id, the panel is a section of a page (a settings screen's), headed by an h2 that names it and
   * reachable by the id; without one, it is a group of fields: a fieldset whose legend is the title.
   */
  id?: string | undefined;
  busy?: boolean | undefined;
  children: ReactNode;
};

/** A titled box of a form or a settings page: the same frame, title and intro wherever one stands. */
export function Panel({ title, intro, className, id, busy, children }: Props) {
  const classes = ['form-section', className ?? ''].filter(Boolean).join(' ');
  const introLine = intro ? <p className="form-section__intro">{intro}</p> : null;
  if (id !== undefined) {
    const titleId = `${id}-title`;
    return (
      <section className={classes} id={id} aria-labelledby={titleId} aria-busy={busy || undefined}>
        <h2 className="form-section__title" id={titleId}>
          {title}
        </h2>
        {introLine}
        {children}
      </section>
    );
  }
  return (
    <fieldset className={classes} aria-busy={busy || undefined}>
      <legend className="form-section__title">{title}</legend>
      {introLine}
      {children}
    </fieldset>
  );
}
