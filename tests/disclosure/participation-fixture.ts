// A hand-built year of IRO reviews shaped like Medway 2024-25: participation is ~99.7%, and the
// only non-participating reviews (PN7) are 3, so they are a small number.
//
// PN code:          PN0  PN1  PN2  PN3  PN4  PN5  PN6  PN7
// reviews:          170  500   72   76   34  114  285    3   -> reviews_held total 1254
// PN1-PN7 reviews = 1084 (participation denominator), PN1-PN6 = 1081 (numerator)
// By age band (PN1..PN7 cells; PN0 is not in participation):
//   under_5:  20   6   6  5  10  15  1  = 63   (PN1-PN6: 62)
//   5_9:     100  16  20  9  24  60  0  = 229  (229)
//   10_15:   230  30  30 12  50 130  2  = 484  (482)
//   16_plus: 150  20  20  8  30  80  0  = 308  (308)
// Column sums give back each code's reviews (PN4: 5+9+12+8 = 34; PN7: 1+0+2+0 = 3), and
// 63+229+484+308 = 1084. Every review can be assessed for timeliness (not_assessed = 0), so
// reviews_in_timescale's denominator is the reviews_held total, 1254; 1240 were on time.
import type {MeasureRow} from "../../loaders/measures/schema.js";
import {count, percent} from "./helpers.js";

export const PN_REVIEWS: Record<string, number> = {PN0: 170, PN1: 500, PN2: 72, PN3: 76, PN4: 34, PN5: 114, PN6: 285, PN7: 3};
export const BANDS = ["under_5", "5_9", "10_15", "16_plus"];
const CELLS: Record<string, number[]> = {
  PN1: [20, 100, 230, 150], PN2: [6, 16, 30, 20], PN3: [6, 20, 30, 20], PN4: [5, 9, 12, 8],
  PN5: [10, 24, 50, 30], PN6: [15, 60, 130, 80], PN7: [1, 0, 2, 0]
};
export const units = {reviews_held: "count", reviews_in_timescale: "percent", review_participation: "percent"} as const;

export function participationRows(): MeasureRow[] {
  const total = 1254;
  const rows: MeasureRow[] = [count("reviews_held", "year", total), count("reviews_held", "year|children", 600),
    percent("reviews_held", "year|not_assessed", 0, total)];
  for (const [code, n] of Object.entries(PN_REVIEWS)) rows.push(percent("reviews_held", `year|${code}`, n, total));
  rows.push(percent("reviews_in_timescale", "year", 1240, total));
  rows.push(percent("review_participation", "year", 1081, 1084));
  for (const [code, cells] of Object.entries(CELLS)) {
    rows.push(percent("review_participation", `year|${code}`, PN_REVIEWS[code]!, 1084));
    cells.forEach((n, i) => rows.push(percent("review_participation", `year|${code}|${BANDS[i]}`, n, PN_REVIEWS[code]!)));
  }
  BANDS.forEach((band, i) => {
    const all = Object.values(CELLS).reduce((s, c) => s + c[i]!, 0);
    const took = Object.entries(CELLS).filter(([code]) => code !== "PN7").reduce((s, [, c]) => s + c[i]!, 0);
    rows.push(percent("review_participation", `year|${band}`, took, all));
  });
  return rows;
}
