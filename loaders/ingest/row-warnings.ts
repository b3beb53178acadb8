// Problems that leave a row loaded: corrected or flagged, never silent.
import {yearEnd} from "./dates.js";
import type {AnyCleanRow} from "./schemas.js";
import type {CoreTable} from "./tables.js";

export interface RowWarning {
  rule: string;
  severity: "warning" | "info";
  column: string;
  value: string;
  message: string;
}

// Event dates that cannot be later than the end of the return's year. DUC is excluded: it is
// often a future 18th birthday.
const EVENT_DATES: Record<CoreTable, [column: string, key: string][]> = {
  header: [["DOB", "dob"]],
  episodes: [["DECOM", "decom"], ["DEC", "dec"]],
  reviews: [["REVIEW", "review"]],
  uasc: [],
  sw_episodes: [["SW_DECOM", "sw_decom"], ["SW_DEC", "sw_dec"]],
  missing: [["MIS_START", "mis_start"], ["MIS_END", "mis_end"]],
  drn: [["RAISED", "raised"], ["RESOLVED", "resolved"]],
  iro_allocations: [["START", "start_date"], ["END", "end_date"]]
};

const NONE: readonly RowWarning[] = Object.freeze([]);
const yearEnds = new Map<number, string>();

/** May correct the row in place (an open episode's X1 is cleared). Most rows have no warning: they share one empty list. */
export function rowWarnings(table: CoreTable, year: number, row: AnyCleanRow, fields: Record<string, string>): readonly RowWarning[] {
  let out: RowWarning[] | undefined;
  const values = row as Record<string, unknown>;
  if (table === "episodes" && values.dec === null && values.rec === "X1") {
    values.rec = null;
    (out ??= []).push({
      rule: "open_episode_rec_x1", severity: "warning", column: "REC", value: "X1",
      message: "open episode (DEC blank) has REC X1; treated as open and REC cleared"
    });
  }
  let end = yearEnds.get(year);
  if (end === undefined) yearEnds.set(year, (end = yearEnd(year)));
  for (const [column, key] of EVENT_DATES[table]) {
    const value = values[key];
    if (typeof value === "string" && value > end) {
      (out ??= []).push({
        rule: "date_after_year_end", severity: "warning", column, value: fields[column] ?? value,
        message: `${column} ${value} is after the end of the return's year (${end}); kept`
      });
    }
  }
  return out ?? NONE;
}
