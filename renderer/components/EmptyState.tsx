import type { ReactNode } from 'react';

type Props = { title: string; children: ReactNode; action?: ReactNode };

/** What an empty list says: what is missing and what to do about it. */
export function EmptyState({ title, children, action }: Props) {
  return (
    <div className="empty-state">
      <p className="empty-state__title">{title}</p>
      <div className="empty-state__text">{children}</div>
      {action ? <div className="empty-state__action">{action}</div> : null}
    </div>
  );
}
