// Which measures each page's data file carries. A page reads one file, so each stays small.
// Measure ids are those of the spec (measures.md); unknown ids simply yield no rows.
export const pageAreas: Record<string, string[]> = {
  overview: ["cla_count", "cla_rate", "starts", "ceased", "uasc_count", "placements_3plus", "long_term_stability", "placed_over_20_miles", "placed_over_20_miles_outside_la"],
  "legal-status": ["cla_count", "cla_by_legal_status", "starts"],
  "who-is-in-care": ["cla_count", "cla_by_age_band", "cla_by_gender", "cla_by_ethnicity", "uasc_count", "uasc_pct"],
  "where-children-live": ["cla_count", "cla_by_placement_type", "cla_by_placement_type_pct", "placed_over_20_miles", "placed_over_20_miles_outside_la", "placed_outside_la"],
  stability: ["placements_3plus", "placements_3plus_by_age", "long_term_stability"],
  "social-workers": ["sw_continuity", "sw_instability_3plus"],
  disputes: ["drn_raised", "drn_resolved", "drn_open", "drn_time_to_resolve", "drn_resolved_in_timescale"],
  reviews: ["reviews_held", "reviews_in_timescale", "review_participation"],
  "entering-leaving": ["starts", "ceased", "ceased_pct"],
  iro: ["iro_caseload", "iro_continuity"]
};
