// How the reports' breakdown keys (data/reference/published-figures.csv) meet the measures' keys: the one
// table to edit when a report words a figure differently. Rules are tried in order; the first whose measure
// and breakdown pattern (a regular expression over the whole key) match wins. A row no rule names is looked
// up as it stands (same measure, same breakdown).
//   to:   the measure and breakdown to compare with; $1... are the pattern's groups, {drn:$1} maps a report's
//         DRN category label to the standard category (data/reference/drn-category-map.csv)
//   none: the figure is not computed from the extract, and why
//   why:  a likely reason for a difference, shown beside it
// A measure the catalogue does not have is reported as not computed without a rule here (reconciliation.ts).

export interface MapRule {
  measure: string;
  breakdown: string;
  to?: string;
  none?: string;
  why?: string;
}

export const reconciliationMap: MapRule[] = [
  // IRO service
  {measure: "iro_caseload_avg", breakdown: "year", to: "iro_caseload year|monthly_average", why: "the report gives an approximate average; the measure is the average of month-end caseloads"},
  {measure: "iro_caseload_avg", breakdown: "at_end", to: "iro_caseload at_end"},
  {measure: "iro_fte", breakdown: "year", to: "iro_fte at_end", why: "different date: the report describes the team during the year, the measure counts it at 31 March"},
  {measure: "iro_fte", breakdown: "year\\|establishment", none: "the report gives the funded establishment; the measures count the IROs actually allocated cases"},
  {measure: "iro_caseload_max", breakdown: ".*", none: "the report's largest single caseload is not computed (the measures give the average)"},
  // DRNs: levels are stages; categories by their standard keys; category by stage together is not computed
  {measure: "drn_raised", breakdown: "year\\|level_(\\d)", to: "drn_raised year|stage_$1"},
  {measure: "drn_raised", breakdown: "year\\|(.+)\\|total", to: "drn_raised year|{drn:$1}", why: "the report's category label is mapped to the standard category; several report categories can share one"},
  {measure: "drn_raised", breakdown: "year\\|(.+)\\|level_\\d", none: "DRNs by category and stage together are not computed (the measures give category and stage separately)"},
  // Reports' own groupings
  {measure: "ceased", breakdown: "year\\|age_18_or_returned_home", none: "the report adds two reasons (turned 18, returned home) that the measures give separately"},
  {measure: "ceased", breakdown: "year\\|other_no_pr", none: "the report's own group of reasons without parental responsibility is not computed"},
  {measure: "ceased", breakdown: "year\\|uasc_18_or_dispersal", none: "the report counts dispersals (National Transfer Scheme) with UASC turning 18; the 903 has no dispersal reason"},
  {measure: "starts", breakdown: "year\\|care_order_at_conclusion", none: "the report counts care orders made at the end of proceedings, not the legal status on entering care"},
  {measure: "starts", breakdown: "year\\|police_protection_epo_or_interim_care_order", none: "the report's own grouping of legal statuses on entry is not computed"},
  {measure: "starts", breakdown: "year\\|youth_justice_remand", none: "the report counts remands to youth detention accommodation, a subset of the youth justice statuses"},
  {measure: "cla_by_ethnicity", breakdown: "at_end\\|(asian_or_mixed_white_asian|black_or_mixed_white_black|not_white_british_irish_other)", none: "the report's own ethnic grouping (it combines mixed heritage with the major groups) is not computed"},
  {measure: "uasc_count", breakdown: "at_end\\|.+", none: "UASC by ethnicity is not computed"},
  {measure: "cla_count", breakdown: "at_end\\|citizen", none: "nationality is not in the 903 extract"},
  {measure: "long_term_stability", breakdown: "at_start", none: "long-term stability is a 31 March measure; the report's start-of-year figure is last year's"},
  {measure: "placements_3plus", breakdown: "at_end\\|age_12_17", none: "three or more placements by age band is not computed (by single year of age: placements_3plus_by_age)"},
];
