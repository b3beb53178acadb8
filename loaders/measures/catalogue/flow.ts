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
      "Age bands: age_under_1, age_1_4, age_5_9, age_10_15, age_16_17, age_0_4, age_10_17 (age at DECOM)."
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
  }
]);
