// Which published figures add up to which: the additive structure secondary suppression
// protects. One entry per table; a new measure with a total adds a line here, not code.
//
// A figure is one number of one row, within one LA and year: its count (the value of a
// count row, the numerator of a percentage or rate) or its denominator.
// Kinds:
//   groups   total = sum of measure's `snapshot|group` for the listed groups; a group with no
//            row counts as a published 0 (queries leave out empty groups), but the entry is
//            skipped when none of its groups has a row (the table is not published)
//   sum      total = sum of the listed parts (any measures, e.g. the same figure on two pages);
//            used only when every part has a row
//   grid     a 2-D table (two breakdowns combined): `snapshot|R|C` cells, `snapshot|R` row
//            totals, `snapshot|C` column totals, and a grand total; rows and columns given as
//            a prefix are read from the data, so an open-ended "3, 4, 5, ... placements"
//            needs no list
//   follows  every breakdown of `measure` has the same count as `of` (a percent table whose
//            numerator is the count table)
//   outside  breakdowns deliberately in no sum (subsets such as Cafcass referrals)
//   denominator  the denominator of each listed breakdown of `measure` IS the figure `of` (a
//            percentage's base is published, so it must be hidden whenever that count is:
//            reviews_in_timescale's denominator is reviews_held's total); groups as in `groups`,
//            a prefix ('' for every breakdown) or a list, where null is the snapshot's own row
// Every entry applies separately in each listed snapshot ('at_start', 'at_end', 'year').
// Group keys follow loaders/measures/sql; code-to-group mappings for ethnicity and DRN
// categories are read from data/reference so they cannot drift from the warehouse's.
import {existsSync, readFileSync} from "node:fs";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {z} from "zod";

export const FigureRef = z.object({
  measure: z.string(),
  group: z.string().nullable().default(null),            // null: the snapshot's own total row
  field: z.enum(["count", "denominator"]).default("count")
});
export type FigureRef = z.infer<typeof FigureRef>;

const base = {id: z.string(), snapshots: z.array(z.string()).min(1)};

export const TableDef = z.discriminatedUnion("kind", [
  // groups: the list, or a prefix ('code_') meaning every such group in the data.
  z.object({kind: z.literal("groups"), ...base, measure: z.string(), groups: z.union([z.array(z.string()).min(1), z.string().min(1)]), total: FigureRef}),
  z.object({kind: z.literal("sum"), ...base, total: FigureRef, parts: z.array(FigureRef).min(1)}),
  // rows/columns: a prefix ('age_') or the exact list of groups (['male', 'female', 'unknown']).
  z.object({kind: z.literal("grid"), ...base, measure: z.string(), rows: z.union([z.string(), z.array(z.string())]),
    columns: z.union([z.string(), z.array(z.string())]), total: FigureRef}),
  z.object({kind: z.literal("follows"), ...base, measure: z.string(), of: z.string()}),
  // Breakdowns that are in no sum (a subset, or children rather than events), so checkTables
  // knows they were left out on purpose. They still get primary suppression.
  z.object({kind: z.literal("outside"), ...base, measure: z.string(), groups: z.array(z.string()).min(1), why: z.string()}),
  z.object({kind: z.literal("denominator"), ...base, measure: z.string(),
    groups: z.union([z.array(z.string().nullable()).min(1), z.string()]), of: FigureRef})
]);
export type TableDef = z.infer<typeof TableDef>;

const snapshots = ["at_start", "at_end"];
const year = ["year"];
const cla = {measure: "cla_count"};
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** group -> codes, from a project reference CSV (the same mapping the SQL uses), or the fallback. */
function mapping(file: string, codeColumn: string, groupColumn: string, fallback: Record<string, string[]>): Record<string, string[]> {
  const path = join(root, "data", "reference", file);
  if (!existsSync(path)) return fallback;
  const [head, ...lines] = readFileSync(path, "utf8").replace(/^\uFEFF/, "").split(/\r?\n/).filter(Boolean);
  const columns = head!.split(",");
  const code = columns.indexOf(codeColumn);
  const group = columns.indexOf(groupColumn);
  const out: Record<string, string[]> = {};
  for (const line of lines) {
    const cells = line.split(",");
    (out[cells[group]!] ??= []).push(cells[code]!);
  }
  return out;
}

// Codes under each group, as loaders/measures/sql groups them.
const LEGAL_STATUS: Record<string, string[]> = {
  care_order: ["C2"], interim_care_order: ["C1"], placement_order: ["E1", "D1"], s20: ["V2"],
  police_protection: ["L1", "L2", "L3"], youth_justice: ["J1", "J2", "J3"]
};
const PLACEMENT_TYPE: Record<string, string[]> = {
  foster_relative_friend: ["U1", "U2", "U3"], foster_other: ["U4", "U5", "U6"],
  placed_for_adoption: ["A3", "A4", "A5", "A6"], childrens_homes_secure: ["K1", "K2"],
  supported_semi_independent: ["H5", "K3", "P2"], with_parents: ["P1"],
  residential_other: ["R1", "R2", "R3", "R5", "S1", "P3", "Z1", "Z11", "Z12", "Z13", "Z14"],
  temporary: ["T0", "T1", "T2", "T3", "T4"]
};
const ETHNICITY = mapping("ethnicity-groups.csv", "code", "group_key", {
  white: ["WBRI", "WIRI", "WOTH", "WIRT", "WROM"], mixed: ["MWBC", "MWBA", "MWAS", "MOTH"],
  asian: ["AIND", "APKN", "ABAN", "AOTH"], black: ["BCRB", "BAFR", "BOTH"], other: ["CHNE", "OOTH"],
  refused_or_not_obtained: ["REFU", "NOBT"]
});
const CEASED: Record<string, string[]> = {
  adopted: ["E11", "E12"], sgo: ["E43", "E44", "E45", "E46", "E47", "E48"], cao: ["E41"],
  returned_home: ["E4A", "E4B"], age_18: ["E5", "E6", "E17", "E7"], uasc_18_or_transferred: ["E15", "E3"],
  other: ["E13", "E2", "E9", "E14", "E16", "E8"]
};
const DRN_CATEGORIES = Object.keys(mapping("drn-categories.csv", "category", "category", {
  documentation: [], care_plan: [], permanence: [], drift_and_delay: [], placement_stability: [], placement_plan: [],
  placement_with_parents: [], contact: [], education: [], health: [], life_story: [], safety: [], visits: [],
  direct_work: [], chronology: [], communication: [], promotion_of_interests: [], assessment: [], contingency: [], other: []
}));
const AGE_BANDS = ["under_1", "1_4", "5_9", "10_15", "16_17"];
const PN = ["PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"];
const REVIEW_BANDS = ["under_5", "5_9", "10_15", "16_plus"];

/** A groups table, and one more per group saying it is the sum of its codes (`code_C2`). */
function withCodes(id: string, measure: string, snaps: string[], total: {measure: string}, map: Record<string, string[]>, prefix = "code_") {
  return [
    {kind: "groups", id, snapshots: snaps, measure, total, groups: [...Object.keys(map), ...(measure === "cla_by_ethnicity" ? ["unmapped"] : [])]},
    {kind: "groups", id: `${id}_codes`, snapshots: snaps, measure, total, groups: prefix},
    ...Object.entries(map).map(([group, codes]) => ({
      kind: "groups", id: `${id}_${group}`, snapshots: snaps, measure, total: {measure, group}, groups: codes.map((c) => prefix + c)
    }))
  ];
}

/** Age bands with the overlapping 0_4 and 10_17 sums the reports use. */
function ageBands(id: string, measure: string, snaps: string[], total: {measure: string}, prefix = "") {
  const b = (band: string) => prefix + band;
  return [
    {kind: "groups", id, snapshots: snaps, measure, total, groups: AGE_BANDS.map(b)},
    // Overlapping bands reveal cells too: 0_4 - under_1 = 1_4.
    {kind: "groups", id: `${id}_0_4`, snapshots: snaps, measure, total: {measure, group: b("0_4")}, groups: [b("under_1"), b("1_4")]},
    {kind: "groups", id: `${id}_10_17`, snapshots: snaps, measure, total: {measure, group: b("10_17")}, groups: [b("10_15"), b("16_17")]}
  ];
}

/** Counts of DRNs raised, resolved (in the year) or open (at 31 March): by category and by stage. */
function drn(measure: string, snaps: string[]) {
  const total = {measure};
  return [
    {kind: "groups", id: `${measure}_category`, snapshots: snaps, measure, total, groups: DRN_CATEGORIES},
    {kind: "groups", id: `${measure}_stage`, snapshots: snaps, measure, total,
      groups: ["stage_1", "stage_2", "stage_3", "stage_4", "stage_5", "stage_unknown"]},
    {kind: "outside", id: `${measure}_cafcass`, snapshots: snaps, measure, groups: ["cafcass"], why: "a subset of the DRNs"}
  ];
}

/** `measure`'s denominator in the listed groups (null: the snapshot row) is the figure `of`. */
function denominatorOf(measure: string, snaps: string[], groups: (string | null)[] | string, of: FigureRef, id = `${measure}_denominator`) {
  return {kind: "denominator", id, snapshots: snaps, measure, groups, of};
}

const ref = (measure: string, group: string | null = null, field: "count" | "denominator" = "count") => ({measure, group, field});

export const tables: TableDef[] = z.array(TableDef).parse([
  // Cohort: every breakdown of the children in care adds up to cla_count.
  ...withCodes("legal_status", "cla_by_legal_status", snapshots, cla, LEGAL_STATUS),
  ...ageBands("age", "cla_by_age_band", snapshots, cla),
  {kind: "groups", id: "gender", snapshots, measure: "cla_by_gender", total: cla, groups: ["male", "female", "unknown"]},
  ...withCodes("ethnicity", "cla_by_ethnicity", snapshots, cla, ETHNICITY),
  ...withCodes("placement_type", "cla_by_placement_type", snapshots, cla, PLACEMENT_TYPE),
  {kind: "groups", id: "placement_type_foster", snapshots, measure: "cla_by_placement_type",
    total: ref("cla_by_placement_type", "foster"), groups: ["foster_relative_friend", "foster_other"]},

  // The same children counted again elsewhere on the site.
  {kind: "sum", id: "cla_rate_numerator", snapshots, total: ref("cla_rate"), parts: [cla]},
  {kind: "sum", id: "placements_3plus_denominator", snapshots: ["at_end"], total: ref("placements_3plus", null, "denominator"), parts: [cla]},
  {kind: "sum", id: "outside_la_denominator", snapshots: ["at_end"],
    total: ref("placed_over_20_miles_outside_la", null, "denominator"), parts: [cla]},
  // Distance known + distance unknown = all children at 31 March; the same for location.
  {kind: "sum", id: "distance_known_unknown", snapshots: ["at_end"], total: cla,
    parts: [ref("placed_over_20_miles", null, "denominator"), ref("placed_over_20_miles", "unknown_distance")]},
  {kind: "sum", id: "placed_outside_la_denominator", snapshots: ["at_end"], total: ref("placed_outside_la", null, "denominator"), parts: [cla]},

  // Kent's table: age at 31 March by number of placements in the year.
  {kind: "grid", id: "placements_by_age", snapshots: ["at_end"], measure: "placements_3plus_by_age",
    rows: "age_", columns: "placements_", total: ref("placements_3plus")},

  // Flows in the year.
  ...withCodes("starts_legal_status", "starts", year, {measure: "starts"}, LEGAL_STATUS),
  ...ageBands("starts_age", "starts", year, {measure: "starts"}),
  {kind: "outside", id: "starts_children", snapshots: year, measure: "starts", groups: ["children"],
    why: "children, where the total counts starts"},
  ...withCodes("ceased_reasons", "ceased", year, {measure: "ceased"}, CEASED),
  {kind: "groups", id: "ceased_children", snapshots: year, measure: "ceased", total: ref("ceased", "children"),
    groups: Object.keys(CEASED).map((r) => `children|${r}`)},

  // IRO service.
  ...drn("drn_raised", year), ...drn("drn_resolved", year), ...drn("drn_open", ["at_end"]),
  {kind: "outside", id: "reviews_subsets", snapshots: year, measure: "reviews_held", groups: ["children", "not_assessed"],
    why: "children reviewed, and a subset of reviews"},
  {kind: "groups", id: "review_codes", snapshots: year, measure: "reviews_held", total: ref("reviews_held"),
    groups: ["PN0", ...PN]},
  // review_participation: year = PN1-PN6 of PN1-PN7; year|PNx = that code's reviews (the same count as
  // reviews_held's); year|PNx|band splits a code by age band; year|band = PN1-PN6 of PN1-PN7 in the band.
  {kind: "sum", id: "participation_denominator", snapshots: year, total: ref("review_participation", null, "denominator"),
    parts: PN.map((c) => ref("review_participation", c))},
  {kind: "sum", id: "participation_numerator", snapshots: year, total: ref("review_participation"),
    parts: PN.slice(0, 6).map((c) => ref("review_participation", c))},
  ...PN.map((c) => ({kind: "sum", id: `participation_${c}_reviews`, snapshots: year, total: ref("reviews_held", c), parts: [ref("review_participation", c)]})),
  ...PN.map((c) => ({kind: "sum", id: `participation_${c}_bands`, snapshots: year, total: ref("review_participation", c),
    parts: REVIEW_BANDS.map((b) => ref("review_participation", `${c}|${b}`))})),
  ...REVIEW_BANDS.map((b) => ({kind: "sum", id: `participation_${b}_denominator`, snapshots: year,
    total: ref("review_participation", b, "denominator"), parts: PN.map((c) => ref("review_participation", `${c}|${b}`))})),
  ...REVIEW_BANDS.map((b) => ({kind: "sum", id: `participation_${b}_numerator`, snapshots: year,
    total: ref("review_participation", b), parts: PN.slice(0, 6).map((c) => ref("review_participation", `${c}|${b}`))})),

  // Denominators that are counts published elsewhere: the same figure under two names.
  // Timeliness is over the reviews that can be assessed: with none unassessable (Medway 2024-25)
  // its denominator is the reviews_held total itself.
  {kind: "sum", id: "reviews_in_timescale_denominator", snapshots: year, total: ref("reviews_held"),
    parts: [ref("reviews_in_timescale", null, "denominator"), ref("reviews_held", "not_assessed")]},
  denominatorOf("reviews_held", year, "", ref("reviews_held")),
  {kind: "outside", id: "reviews_in_timescale_children", snapshots: year, measure: "reviews_in_timescale", groups: ["children"],
    why: "children whose reviews were all on time, not reviews"},
  denominatorOf("review_participation", year, PN, ref("review_participation", null, "denominator")),
  ...PN.map((c) => denominatorOf("review_participation", year, REVIEW_BANDS.map((b) => `${c}|${b}`),
    ref("review_participation", c), `review_participation_${c}_band_denominator`)),
  denominatorOf("starts", year, "", ref("starts")),
  denominatorOf("ceased", year, Object.keys(CEASED), ref("ceased")),
  denominatorOf("ceased", year, "code_", ref("ceased"), "ceased_codes_denominator"),
  denominatorOf("ceased", year, "children|", ref("ceased", "children"), "ceased_children_denominator"),
  denominatorOf("ceased_pct", year, "children|", ref("ceased", "children")),
  // Not linked yet: cla_by_placement_type_pct's denominators are cla_count too, but the link
  // makes the run 3x slower (4 s -> 14 s on the demo), and cla_count is never hidden there.
  // To add: ...["at_start", "at_end"].map((s) => denominatorOf("cla_by_placement_type_pct", [s], "", ref("cla_count"), `placement_type_pct_denominator@${s}`)),
  denominatorOf("uasc_pct", ["at_end"], [null], ref("cla_count")),
  denominatorOf("drn_resolved_in_timescale", year, [null], ref("drn_resolved"))
]);
