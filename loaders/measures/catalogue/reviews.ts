// Looked-after children's reviews (SSDA903 reviews): how many, on time, and children's participation.
import {MeasureDefinition} from "./schema.js";

const reviewScope =
  "Reviews with REVIEW from 1 April to 31 March. Reviews held while the child was looked after under short breaks (V3, V4) are excluded.";

export const reviewMeasures: MeasureDefinition[] = MeasureDefinition.array().parse([
  {
    id: "reviews_held",
    family: "reviews",
    title: "Reviews held",
    definition: `Looked-after children's reviews held in the year, and the children reviewed. ${reviewScope}`,
    numerator: null,
    denominator: null,
    unit: "count",
    polarity: "neutral",
    breakdowns: ["year", "year|children", "year|<PN code>", "year|not_assessed"],
    source: "SSDA903 reviews, episodes",
    dfe: [],
    sql: "sql/reviews_held.sql",
    notes: "year|PN0..PN7 count reviews by participation code (denominator all reviews). year|not_assessed: reviews whose timeliness cannot be judged (see reviews_in_timescale)."
  },
  {
    id: "reviews_in_timescale",
    family: "reviews",
    title: "Reviews held on time",
    definition:
      "A child's first review is due within 20 working days of entering care, the second within 3 months of the first, and later reviews " +
      "within 6 months of the one before (IRO Handbook; Care Planning, Placement and Case Review Regulations 2010). % of reviews held in the year " +
      `that were on time, and % of children reviewed in the year whose every review was on time. ${reviewScope}`,
    numerator: "reviews held by their due date (year|children: children all of whose reviews were on time)",
    denominator: "reviews held in the year that can be assessed (year|children: children with such a review)",
    unit: "percent",
    polarity: "high",
    breakdowns: ["year", "year|children"],
    source: "SSDA903 reviews, episodes",
    dfe: [],
    sql: "sql/reviews_in_timescale.sql",
    notes:
      "Working days skip weekends and England and Wales bank holidays. '3 months' and '6 months' mean the same day of the month later " +
      "(the month's last day when that day does not exist). A new period of care restarts the sequence. Not assessed: a review outside every " +
      "episode, and the first review we hold of a period that began before the earliest year loaded. A review that is overdue but not yet held " +
      "is not counted until it is held."
  },
  {
    id: "review_participation",
    family: "reviews",
    title: "Children taking part in their reviews",
    definition:
      "Reviews where the child took part (codes PN1 to PN6) as a % of reviews coded PN1 to PN7. Reviews of children under 4 (PN0) are excluded. " +
      reviewScope,
    numerator: "reviews coded PN1-PN6",
    denominator: "reviews coded PN1-PN7",
    unit: "percent",
    polarity: "high",
    breakdowns: ["year", "year|<PN code>", "year|<age band>", "year|<PN code>|<age band>"],
    source: "SSDA903 reviews, header",
    dfe: [],
    sql: "sql/review_participation.sql",
    notes:
      "By code: the share of PN1-PN7 reviews with that code. By age at the review (under_5, 5_9, 10_15, 16_plus): participation " +
      "within the band. Code by band (Kent's table): the share of the code's reviews falling in the band, so each code's bands add to 100."
  }
]);
