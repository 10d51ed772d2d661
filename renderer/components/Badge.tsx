import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'warning' | 'success' | 'draft' | 'muted';

/** A short status word in a pill: "Draft", "Signed", "Contraindication", "Archived". */
export function Badge({ tone = 'neutral', children, title }: { tone?: BadgeTone; children: ReactNode; title?: string }) {
  return (
    <span className={`badge badge--${tone}`} title={title}>
      {children}
    </span>
  );
}
