// Distance and location of placements at 31 March.
import {MeasureDefinition} from "./schema.js";

export const distanceMeasures: MeasureDefinition[] = MeasureDefinition.array().parse([
  {
    id: "placed_over_20_miles",
    family: "distance",
    title: "Placed more than 20 miles from home",
    definition:
      "Children in care at 31 March placed more than 20 miles (PL_DISTANCE) from the home address from which they were first placed, " +
      "as a % of the children whose distance is known. How many have no known distance is shown alongside (usually UASC and withheld postcodes).",
    numerator: "children at 31 March with PL_DISTANCE > 20",
    denominator: "children at 31 March with a known PL_DISTANCE",
    unit: "percent",
    polarity: "low",
    breakdowns: ["at_end", "at_end|unknown_distance"],
    source: "SSDA903 episodes",
    sql: "sql/placed_over_20_miles.sql",
    notes: "at_end|unknown_distance: value and numerator are the children with no distance; denominator is all children at 31 March."
  },
  {
    id: "placed_over_20_miles_outside_la",
    family: "distance",
    title: "Placed more than 20 miles from home and outside the council's area",
    definition:
      "DfE: \"Numerator: Of all children in the denominator, the number who were placed at March 31 more than 20 miles (outside LA boundary) " +
      "from their home address from which first placed. Denominator: All children looked after at 31 March. Figures exclude children " +
      "looked after under an agreed series of short term placements.\"",
    numerator: "children at 31 March with PL_DISTANCE > 20 placed outside the LA",
    denominator: "all children in care at 31 March",
    unit: "percent",
    polarity: "low",
    breakdowns: ["at_end"],
    source: "SSDA903 episodes",
    dfe: [{measure_short: "LACDistance", breakdown: "at_end"}],
    sql: "sql/placed_over_20_miles_outside_la.sql",
    notes: "Children with no known distance or location count in the denominator only, as in DfE's definition."
  },
  {
    id: "placed_outside_la",
    family: "distance",
    title: "Placed outside the council's area",
    definition: "Children in care at 31 March placed outside the LA's area (PL_LOCATION OUT, or PL_LA another LA), as a % of all children in care at 31 March.",
    numerator: "children at 31 March placed outside the LA",
    denominator: "all children in care at 31 March",
    unit: "percent",
    polarity: "low",
    breakdowns: ["at_end", "at_end|unknown_location"],
    source: "SSDA903 episodes",
    sql: "sql/placed_outside_la.sql",
    notes:
      "PL_LOCATION is used when given; otherwise PL_LA when it is a 3-digit LA number. Children with neither are unknown " +
      "(at_end|unknown_location: value = count, denominator = all children at 31 March)."
  }
]);
