// The table view and CSV download of what a figure draws.
import {toCsv, type DrawnRow} from "./csv.js";
import {formatValue, type Unit} from "./format.js";

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function dataTable(rows: DrawnRow[], unit: Unit, caption: string): HTMLDetailsElement {
  const details = el("details");
  details.append(el("summary", "Table view"));
  const table = el("table", undefined, "cic-table");
  table.append(el("caption", caption));
  const hasGroup = rows.some((r) => r.group);
  const hasCounts = rows.some((r) => r.numerator !== null || r.denominator !== null);
  const head = el("tr");
  const columns = ["Area", "Year", ...(hasGroup ? ["Group"] : []), "Value", ...(hasCounts ? ["Numerator", "Denominator"] : [])];
  for (const c of columns) {
    const th = el("th", c, ["Value", "Numerator", "Denominator"].includes(c) ? "num" : undefined);
    th.scope = "col";
    head.append(th);
  }
  table.append(el("thead"), el("tbody"));
  table.tHead!.append(head);
  for (const r of rows) {
    const tr = el("tr");
    const th = el("th", r.area);
    th.scope = "row";
    tr.append(th, el("td", r.year));
    if (hasGroup) tr.append(el("td", r.group));
    tr.append(el("td", formatValue(r.value, unit, r.flag), "num"));
    if (hasCounts) {
      const symbol = r.value === null ? r.flag : undefined;
      tr.append(
        el("td", r.numerator === null ? symbol ?? "" : formatValue(r.numerator, "count"), "num"),
        el("td", r.denominator === null ? symbol ?? "" : formatValue(r.denominator, "count"), "num")
      );
    }
    table.tBodies[0]!.append(tr);
  }
  details.append(table);
  return details;
}

export function csvLink(rows: DrawnRow[], filename: string): HTMLAnchorElement {
  const link = el("a", "Download the data (CSV)");
  link.href = URL.createObjectURL(new Blob([toCsv(rows)], {type: "text/csv;charset=utf-8"}));
  link.download = filename;
  return link;
}
