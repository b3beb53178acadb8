// Flows in the year: children starting and ceasing to be looked after.
import {MeasureDefinition} from "./schema.js";

export const flowMeasures: MeasureDefinition[] = MeasureDefinition.array().parse([
  {
    id: "starts",
    family: "flow",
    title: "Children who started to be looked after",
    definition:
      "Episodes with RNE S (started to be looked after) beginning in the year, by legal status on entry and age on entry; " +
      "and the number of children who started (a child who started twice counted once).",
    numerator: "starts in the group",
    denominator: "all starts in the year",
    unit: "count",
    polarity: "neutral",
    breakdowns: ["year", "year|children", "year|<legal status group>", "year|code_<LS>", "year|age_<band>"],
    source: "SSDA903 episodes, header",
    dfe: [{measure_short: "LACnum_Start", breakdown: "year|children"}],
    sql: "sql/starts.sql",
    notes:
      "DfE's LACnum_Start counts children (a child's first start in the year), which is year|children; year counts every start. " +
      "Age bands: under_1, 1_4, 5_9, 10_15, 16_17, 0_4, 10_17 (age at DECOM)."
  },
  {
    id: "ceased",
    family: "flow",
    title: "Children who ceased to be looked after",
    definition:
      "Episodes ending in the year with a reason other than X1 (a new episode the same day), by reason: adopted (E11, E12), " +
      "special guardianship order (E45-E48), child arrangements / residence order (E41), returned home to a person with parental " +
      "responsibility (E4A, E4B), aged 18 - independent living, staying put, adult services (E5, E6, E17, E7), UASC aged 18 or " +
      "transferred to another LA (E15, E3), other (E13, E2, E8, E9, E14, E16). A child who ceased twice counts twice in ceases " +
      "and once in children, under the reason of their last cease (DfE: \"Only the last occasion on which a child ceased to be " +
      "looked after in the year has been included.\").",
    numerator: "ceases (or children) with that reason",
    denominator: "all ceases (or all children who ceased) in the year",
    unit: "count",
    polarity: "neutral",
    breakdowns: ["year", "year|<reason>", "year|children", "year|children|<reason>", "year|code_<REC>"],
    source: "SSDA903 episodes",
    dfe: [
      {measure_short: "LACceased", breakdown: "year|children"},
      {measure_short: "No_of LAC Adopted", breakdown: "year|children|adopted"},
      {measure_short: "LAC_ceased_SGO", breakdown: "year|children|sgo"}
    ],
    sql: "sql/ceased.sql",
    notes:
      "Reasons: adopted, sgo, cao, returned_home, age_18, uasc_18_or_transferred, other. E13 (to live with someone without parental " +
      "responsibility) is 'other', not returned home, as in DfE's returned-home definition; E3 covers every transfer to another LA, " +
      "most of them UASC under the National Transfer Scheme. The older SGO codes E43, E44 count as sgo."
  },
  {
    id: "starts_rate",
    family: "flow",
    title: "Children starting care per 10,000 children",
    definition:
      "Children who started to be looked after in the year (a child who started twice counted once) per 10,000 children aged under 18 " +
      "(DfE LAC_Start_Rate).",
    numerator: "children who started to be looked after in the year (starts year|children)",
    denominator: "the LA's 0-17 population (ONS mid-year estimate, supplied by the analyst)",
    unit: "rate",
    polarity: "neutral",
    breakdowns: ["year"],
    source: "SSDA903 episodes; ref.population",
    dfe: [{measure_short: "LAC_Start_Rate", breakdown: "year"}],
    sql: "sql/starts_rate.sql",
    notes: "Not available (value and denominator empty) when no population is supplied for the LA and year."
  },
  {
    id: "ceased_rate",
    family: "flow",
    title: "Children leaving care per 10,000 children",
    definition:
      "Children who ceased to be looked after in the year (a child who ceased twice counted once: \"the last time the child ceased to " +
      "be looked after during the year\") per 10,000 children aged under 18 (DfE LAC_Cease_Rate).",
    numerator: "children who ceased to be looked after in the year (ceased year|children)",
    denominator: "the LA's 0-17 population (ONS mid-year estimate, supplied by the analyst)",
    unit: "rate",
    polarity: "neutral",
    breakdowns: ["year"],
    source: "SSDA903 episodes; ref.population",
    dfe: [{measure_short: "LAC_Cease_Rate", breakdown: "year"}],
    sql: "sql/ceased_rate.sql",
    notes: "Not available (value and denominator empty) when no population is supplied for the LA and year."
  },
  {
    id: "ceased_pct",
    family: "flow",
    title: "How children left care (% of children who left)",
    definition:
      "Children who ceased to be looked after in the year, by the reason of their last cease in the year, as a percentage of all children " +
      "who ceased. DfE: \"This total is then divided by the total children who ceased to be looked after during the years ending 31 March. " +
      "Only the last occasion on which a child ceased to be looked after in the year has been included.\"",
    numerator: "children whose last cease in the year had that reason",
    denominator: "children who ceased to be looked after in the year",
    unit: "percent",
    polarity: "neutral",
    breakdowns: ["year|children|<reason>"],
    source: "SSDA903 episodes",
    dfe: [
      {measure_short: "%_of LAC Adopted", breakdown: "year|children|adopted"},
      {measure_short: "LAC_ceased_SGO%", breakdown: "year|children|sgo"},
      {measure_short: "LAC_ceased_CAO%", breakdown: "year|children|cao"}
    ],
    sql: "sql/ceased_pct.sql",
    notes: "Reasons as for ceased: adopted, sgo, cao, returned_home, age_18, uasc_18_or_transferred, other."
  }
]);
