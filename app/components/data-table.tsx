import type { ReactNode, TableHTMLAttributes } from "react";

/** Rows under one line of column headings; the caption names the table for screen readers only. */
export function DataTable({ head, caption, children, ...table }: { head: ReactNode[]; caption?: string; children: ReactNode } & TableHTMLAttributes<HTMLTableElement>) {
  return (
    <table {...table}>
      {caption ? <caption className="visually-hidden">{caption}</caption> : null}
      <thead>
        <tr>
          {head.map((cell, i) => (
            <th scope="col" key={i}>
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
