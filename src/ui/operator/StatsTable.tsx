import type { HTMLAttributes, ReactNode } from 'react';

/** One column of an operator table: its heading and how a row fills its cell. */
export interface StatsColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Right-aligned figures. */
  numeric?: boolean;
  /** The cell that names the row (a row header for screen readers). */
  rowHeader?: boolean;
  testId?: string;
}

interface Props<Row> {
  testId: string;
  caption?: string;
  columns: StatsColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  rowAttributes?: (row: Row) => HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string>;
}

/** The operator page's tables (per booth, per day), built from column definitions. */
export function StatsTable<Row>({ testId, caption, columns, rows, rowKey, rowAttributes }: Props<Row>) {
  const numeric = (column: StatsColumn<Row>) => (column.numeric ? 'operator__num' : undefined);
  return (
    <div className="operator__table-wrap">
      <table className="operator__table" data-testid={testId}>
        {caption && <caption className="operator__sr-only">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={numeric(column)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} {...rowAttributes?.(row)}>
              {columns.map((column, i) =>
                column.rowHeader ? (
                  <th key={i} scope="row" className={numeric(column)} data-testid={column.testId}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={i} className={numeric(column)} data-testid={column.testId}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
