// The tables an input folder may hold, their columns, natural keys, and how a file is recognised.

export const CORE_TABLES = ["header", "episodes", "reviews", "uasc", "sw_episodes", "missing", "drn", "iro_allocations"] as const;
export type CoreTable = (typeof CORE_TABLES)[number];

/** Required for every LA-year. */
export const REQUIRED_TABLES: CoreTable[] = ["header", "episodes", "reviews"];

export interface TableSpec {
  name: string;
  columns: string[];      // every column the table defines, upper case
  required: string[];     // a file without one of these is rejected
  aliases: string[];      // file-name stems (normalised) that name this table
}

const spec = (name: string, columns: string, optional = "", aliases: string[] = []): TableSpec => {
  const cols = columns.split(" ");
  const opt = new Set(optional.split(" ").filter(Boolean));
  return {name, columns: cols, required: cols.filter((c) => !opt.has(c)), aliases: [normaliseStem(name), ...aliases]};
};

export const CORE_SPECS: Record<CoreTable, TableSpec> = {
  header: spec("header", "CHILD SEX DOB ETHNIC UPN MOTHER MC_DOB", "UPN MOTHER MC_DOB"),
  episodes: spec(
    "episodes",
    "CHILD DECOM RNE LS CIN PLACE PLACE_PROVIDER DEC REC REASON_PLACE_CHANGE HOME_POST PL_POST URN PL_DISTANCE PL_LA PL_LOCATION",
    "CIN PLACE_PROVIDER REASON_PLACE_CHANGE HOME_POST PL_POST URN PL_DISTANCE PL_LA PL_LOCATION",
    ["episode"]
  ),
  reviews: spec("reviews", "CHILD DOB REVIEW REVIEW_CODE", "DOB", ["review"]),
  uasc: spec("uasc", "CHILD SEX DOB DUC", "SEX DOB"),
  sw_episodes: spec("sw_episodes", "CHILD DOB SW_ID SW_DECOM SW_DEC SW_REASON", "DOB SW_REASON", ["sw_episode", "social_workers"]),
  missing: spec("missing", "CHILD DOB MISSING MIS_START MIS_END", "DOB"),
  drn: spec("drn", "DRN_ID CHILD IRO_ID RAISED CATEGORY STAGE RESOLVED CAFCASS", "CHILD IRO_ID STAGE CAFCASS",
    ["drns", "dispute_resolutions", "lans"]),
  iro_allocations: spec("iro_allocations", "IRO_ID CHILD START END FTE", "FTE", ["iro_allocation"])
};

/** Other 903 tables: loaded raw only, reported as not used yet. */
export const OTHER_SPECS: TableSpec[] = [
  spec("oc2", "CHILD DOB SDQ_SCORE SDQ_REASON CONVICTED HEALTH_CHECK IMMUNISATIONS TEETH_CHECK HEALTH_ASSESSMENT SUBSTANCE_MISUSE INTERVENTION_RECEIVED INTERVENTION_OFFERED"),
  spec("oc3", "CHILD DOB IN_TOUCH ACTIV ACCOM"),
  spec("ad1", "CHILD DOB DATE_INT DATE_MATCH FOSTER_CARE NB_ADOPTR SEX_ADOPTR LS_ADOPTR"),
  spec("placed_for_adoption", "CHILD DOB DATE_PLACED DATE_PLACED_CEASED REASON_PLACED_CEASED", "", ["placedadoption", "placed_adoption"]),
  spec("previous_permanence", "CHILD DOB PREV_PERM LA_PERM DATE_PERM", "", ["prevperm", "prev_perm"]),
  spec("dolo", "CHILD DOB DOLO_START DOLO_END", "", [])
];

/** Natural keys for de-duplication across years, in clean column names. */
export const NATURAL_KEYS: Record<CoreTable, string[]> = {
  header: ["child"],
  episodes: ["child", "decom"],
  reviews: ["child", "review"],
  uasc: ["child"],
  sw_episodes: ["child", "sw_id", "sw_decom"],
  missing: ["child", "mis_start"],
  drn: ["drn_id"],
  iro_allocations: ["iro_id", "child", "start_date"]
};

/** 'Placed for adoption.CSV' -> 'placed_for_adoption'. A name with anything else in it (a year,
 * a date) is not a table name: such files are recognised by their columns. */
export function normaliseStem(fileName: string): string {
  return fileName.replace(/\.csv$/i, "").trim().toLowerCase().replace(/[\s-]+/g, "_");
}

export interface Recognition {
  spec: TableSpec;
  by: "name" | "columns";
}

/**
 * By name first; failing that, by columns: the table all of whose required columns are present,
 * preferring the one that accounts for most of the file's columns. Ambiguity means unrecognised.
 */
export function recognise(fileName: string, columns: string[]): Recognition | null {
  const all = [...Object.values(CORE_SPECS), ...OTHER_SPECS];
  const stem = normaliseStem(fileName);
  const byName = all.find((s) => s.aliases.includes(stem));
  if (byName) return {spec: byName, by: "name"};
  const present = new Set(columns.map((c) => c.toUpperCase()));
  const scored = all
    .filter((s) => s.required.every((c) => present.has(c)))
    .map((s) => ({s, score: s.columns.filter((c) => present.has(c)).length}))
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best || (scored[1] && scored[1].score === best.score)) return null;
  return {spec: best.s, by: "columns"};
}
