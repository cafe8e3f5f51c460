import type { ReactNode } from "react";
import { formatValue } from "#app/taxonomy/revision-diff";
import { DataTable } from "./data-table";

export interface RevisionRow {
  id: number;
  createdAt: string;
  /** Formatted on the server, so that its rendering and the browser's agree. */
  when: string;
  /** As JSON carried them: a field absent before reads as undefined. */
  changes: { field: string; before?: unknown; after?: unknown }[];
}

interface Labels {
  when: string;
  who: string;
  what: string;
  change: string;
  colon: string;
  yes: string;
  no: string;
  none: string;
}

/** An edit log as a table: when, who, what, and each changed field as before → after. */
export function RevisionTable<R extends RevisionRow>({
  rows,
  labels,
  who,
  what,
  fieldLabel = (field) => field,
}: {
  rows: R[];
  labels: Labels;
  who: (row: R) => ReactNode;
  what: (row: R) => ReactNode;
  fieldLabel?: (field: string) => string;
}) {
  return (
    // A wide log scrolls on its own on a phone rather than widening the page.
    <div className="table-scroll" role="region" aria-label={labels.change} tabIndex={0}>
      <DataTable className="history-table" head={[labels.when, labels.who, labels.what, labels.change]}>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>
              <time dateTime={r.createdAt}>{r.when}</time>
            </td>
            <td>{who(r)}</td>
            <td>{what(r)}</td>
            <td className="change">
              <ul>
                {r.changes.map((c) => (
                  <li key={c.field}>
                    {fieldLabel(c.field)}
                    {labels.colon}
                    {c.before !== undefined ? (
                      <>
                        <del>{formatValue(c.before, labels)}</del> →{" "}
                      </>
                    ) : null}
                    <ins>{formatValue(c.after, labels)}</ins>
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
