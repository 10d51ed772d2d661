import type { ReactNode } from 'react';

/** A column's heading; a column of buttons has one read out but not shown (hidden). */
type Column = { label: ReactNode; hidden?: boolean };

type Props = {
  /** The table's own modifier ('table--backups'), next to the shared 'table'. */
  className: string;
  columns: readonly Column[];
  /** Says what the table lists, for screen readers (not shown). */
  caption?: ReactNode;
  testId?: string | undefined;
  /** The rows. */
  children: ReactNode;
};

/** A list shown as a table: the same scrolling frame, headings and caption wherever one stands. */
export function DataTable({ className, columns, caption, testId, children }: Props) {
  return (
    <div className="table-wrap">
      <table className={`table ${className}`} data-testid={testId}>
        {caption ? <caption className="visually-hidden">{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col">
                {c.hidden ? <span className="visually-hidden">{c.label}</span> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
