// One zod schema per table and collection year: from the CSV's text fields (upper-case column
// names, trimmed, '' when blank) to the typed clean row. Every issue carries a stable rule id in
// params.rule and its column as the path, so it can be reported by file, line and column.
// The fields are converted in one object-level transform rather than a transform per field:
// zod's per-field pipes cost several times more, and a country's worth of rows goes through here.
import {z} from "zod";
import {checkCode, normaliseSex, validSwId, type CodeField} from "./codes.js";
import {parseDate} from "./dates.js";
import type {CoreTable} from "./tables.js";

/** What a conversion needs of zod's refinement context (which is one): somewhere to put an issue. */
interface Ctx {
  addIssue(issue: {code: "custom"; message: string; params: {rule: string}; path: string[]}): void;
}
type Fields = Record<string, string | undefined>;

/** Records the issue; the value becomes null so later checks in the row skip it. */
function fail(ctx: Ctx, column: string, rule: string, message: string): never {
  ctx.addIssue({code: "custom", message, params: {rule}, path: [column]});
  return null as never;
}

const blank = (s: string | undefined): s is undefined | "" => s === undefined || s === "";

const text = (r: Fields, column: string): string | null => (blank(r[column]) ? null : r[column]!);

function requiredText(r: Fields, ctx: Ctx, column: string): string {
  const s = r[column];
  return blank(s) ? fail(ctx, column, "value_missing", `${column} is blank`) : s;
}

function date(r: Fields, ctx: Ctx, column: string, required = false): string | null {
  const s = r[column];
  if (blank(s)) return required ? fail(ctx, column, "value_missing", `${column} is blank`) : null;
  const result = parseDate(s);
  return result.ok ? result.iso : fail(ctx, column, result.rule, result.message);
}

const requiredDate = (r: Fields, ctx: Ctx, column: string) => date(r, ctx, column, true) as string;

function code(r: Fields, ctx: Ctx, field: CodeField, year: number, required = false, startDate?: string | null): string | null {
  const s = r[field];
  if (blank(s)) return required ? fail(ctx, field, "value_missing", `${field} is blank`) : null;
  const upper = s.toUpperCase();
  const problem = checkCode(field, upper, year, startDate ?? undefined);
  return problem ? fail(ctx, field, problem.rule, problem.message) : upper;
}

function sex(r: Fields, ctx: Ctx, year: number, required: boolean): string | null {
  const s = r.SEX;
  if (blank(s)) return required ? fail(ctx, "SEX", "value_missing", "SEX is blank") : null;
  const normalised = normaliseSex(s.toUpperCase(), year);
  if (normalised) return normalised;
  const problem = checkCode("SEX", s.toUpperCase(), year)!;
  return fail(ctx, "SEX", problem.rule, problem.message);
}

function number(r: Fields, ctx: Ctx, column: string, min: number, max: number, integer = false): number | null {
  const s = r[column];
  if (blank(s)) return null;
  const n = Number(s);
  if (!Number.isFinite(n) || (integer && !Number.isInteger(n))) {
    return fail(ctx, column, "number_invalid", `${column} '${s}' is not ${integer ? "a whole number" : "a number"}`);
  }
  if (n < min || n > max) return fail(ctx, column, "number_out_of_range", `${column} ${s} is outside ${min}-${max}`);
  return n;
}

function endNotBefore(ctx: Ctx, start: string | null, end: string | null, endColumn: string, startColumn: string, rule = "end_before_start") {
  if (start && end && end < start) fail(ctx, endColumn, rule, `${endColumn} ${end} is before ${startColumn} ${start}`);
}

/** The columns each table reads, all text: checked for type, then converted as a whole. */
const shape = (columns: string) => z.object(Object.fromEntries(columns.split(" ").map((c) => [c, z.string().optional()])));

interface Conversion<T> {
  columns: string;
  convert: (r: Fields, ctx: Ctx) => T;
}

const withColumns = <T>(columns: string, convert: (r: Fields, ctx: Ctx) => T): Conversion<T> => ({columns, convert});

const headerRow = (year: number) => withColumns("CHILD SEX DOB ETHNIC UPN MOTHER MC_DOB", (r, ctx) => ({
  child: requiredText(r, ctx, "CHILD"), sex: sex(r, ctx, year, true) as string, dob: requiredDate(r, ctx, "DOB"),
  ethnic: code(r, ctx, "ETHNIC", year, true) as string, upn: text(r, "UPN"), mother: text(r, "MOTHER"), mc_dob: date(r, ctx, "MC_DOB")
}));

const episodesRow = (year: number) => withColumns(
  "CHILD DECOM RNE LS CIN PLACE PLACE_PROVIDER DEC REC REASON_PLACE_CHANGE HOME_POST PL_POST URN PL_DISTANCE PL_LA PL_LOCATION", (r, ctx) => {
    const decom = requiredDate(r, ctx, "DECOM");
    const dec = date(r, ctx, "DEC");
    const rec = code(r, ctx, "REC", year);
    const row = {
      child: requiredText(r, ctx, "CHILD"), decom, rne: code(r, ctx, "RNE", year, true) as string, ls: code(r, ctx, "LS", year, true) as string,
      cin: code(r, ctx, "CIN", year),
      // PLACE's validity depends on the episode's start date (P2, Z1).
      place: code(r, ctx, "PLACE", year, true, decom) as string,
      place_provider: code(r, ctx, "PLACE_PROVIDER", year), dec, rec,
      reason_place_change: code(r, ctx, "REASON_PLACE_CHANGE", year), home_post: text(r, "HOME_POST"), pl_post: text(r, "PL_POST"),
      urn: text(r, "URN"), pl_distance: number(r, ctx, "PL_DISTANCE", 0, 2000), pl_la: text(r, "PL_LA"), pl_location: code(r, ctx, "PL_LOCATION", year)
    };
    endNotBefore(ctx, decom, dec, "DEC", "DECOM", "dec_before_decom");
    // An open episode carrying X1 is a known export quirk, corrected with a warning (row-warnings.ts).
    if (blank(r.DEC) && rec && rec !== "X1") fail(ctx, "REC", "rec_without_dec", `REC '${rec}' is given but DEC is blank`);
    if (dec && blank(r.REC)) fail(ctx, "DEC", "dec_without_rec", `DEC ${dec} is given but REC is blank`);
    return row;
  });

const reviewsRow = (year: number) => withColumns("CHILD DOB REVIEW REVIEW_CODE", (r, ctx) => {
  const row = {child: requiredText(r, ctx, "CHILD"), dob: date(r, ctx, "DOB"), review: requiredDate(r, ctx, "REVIEW"),
    review_code: code(r, ctx, "REVIEW_CODE", year, true) as string};
  if (row.dob && row.review && row.review < row.dob) fail(ctx, "REVIEW", "review_before_dob", `REVIEW ${row.review} is before the child's DOB ${row.dob}`);
  return row;
});

const uascRow = (year: number) => withColumns("CHILD SEX DOB DUC", (r, ctx) => ({
  child: requiredText(r, ctx, "CHILD"), sex: sex(r, ctx, year, false), dob: date(r, ctx, "DOB"), duc: date(r, ctx, "DUC")
}));

const swEpisodesRow = (year: number) => withColumns("CHILD DOB SW_ID SW_DECOM SW_DEC SW_REASON", (r, ctx) => {
  const swId = requiredText(r, ctx, "SW_ID");
  if (swId && !validSwId(swId)) fail(ctx, "SW_ID", "code_unknown", `SW_ID '${swId}' must begin SW or XX`);
  const row = {child: requiredText(r, ctx, "CHILD"), dob: date(r, ctx, "DOB"), sw_id: swId, sw_decom: requiredDate(r, ctx, "SW_DECOM"),
    sw_dec: date(r, ctx, "SW_DEC"), sw_reason: code(r, ctx, "SW_REASON", year)};
  endNotBefore(ctx, row.sw_decom, row.sw_dec, "SW_DEC", "SW_DECOM");
  return row;
});

const missingRow = (year: number) => withColumns("CHILD DOB MISSING MIS_START MIS_END", (r, ctx) => {
  const row = {child: requiredText(r, ctx, "CHILD"), dob: date(r, ctx, "DOB"), missing: code(r, ctx, "MISSING", year, true) as string,
    mis_start: requiredDate(r, ctx, "MIS_START"), mis_end: date(r, ctx, "MIS_END")};
  endNotBefore(ctx, row.mis_start, row.mis_end, "MIS_END", "MIS_START");
  return row;
});

/** DRN rows before category mapping: the mapping is per LA, applied in la-checks.ts. */
const drnRow = (year: number) => withColumns("DRN_ID CHILD IRO_ID RAISED CATEGORY STAGE RESOLVED CAFCASS", (r, ctx) => {
  const row = {drn_id: requiredText(r, ctx, "DRN_ID"), child: text(r, "CHILD"), iro_id: text(r, "IRO_ID"), raised: requiredDate(r, ctx, "RAISED"),
    category_label: requiredText(r, ctx, "CATEGORY"), category: "other", stage: number(r, ctx, "STAGE", 1, 5, true),
    resolved: date(r, ctx, "RESOLVED"), cafcass: code(r, ctx, "CAFCASS", year) === "Y"};
  endNotBefore(ctx, row.raised, row.resolved, "RESOLVED", "RAISED");
  return row;
});

const iroAllocationsRow = (_year: number) => withColumns("IRO_ID CHILD START END FTE", (r, ctx) => {
  const row = {iro_id: requiredText(r, ctx, "IRO_ID"), child: requiredText(r, ctx, "CHILD"), start_date: requiredDate(r, ctx, "START"),
    end_date: date(r, ctx, "END"), fte: number(r, ctx, "FTE", 0.01, 1.5)};
  endNotBefore(ctx, row.start_date, row.end_date, "END", "START");
  return row;
});

const builders = {
  header: headerRow, episodes: episodesRow, reviews: reviewsRow, uasc: uascRow,
  sw_episodes: swEpisodesRow, missing: missingRow, drn: drnRow, iro_allocations: iroAllocationsRow
} satisfies Record<CoreTable, (year: number) => Conversion<unknown>>;

export type CleanRow<T extends CoreTable> = ReturnType<ReturnType<(typeof builders)[T]>["convert"]>;
export type AnyCleanRow = {[T in CoreTable]: CleanRow<T>}[CoreTable];

export interface RowValidator {
  /** Reports every issue of a row, each with its rule, column and message. */
  schema: z.ZodType<AnyCleanRow>;
  /**
   * The clean row, or null when the row has any issue (ask `schema` which). The same conversion as
   * `schema` without zod's object copy, result and issue objects: most rows are valid, and those
   * allocations were a large part of the ingest's garbage collection.
   */
  tryConvert(fields: Fields): AnyCleanRow | null;
}

let issues = 0;
const counting: Ctx = {addIssue: () => void issues++};

const cache = new Map<string, RowValidator>();

export function validatorFor(table: CoreTable, year: number): RowValidator {
  const key = `${table}:${year}`;
  let validator = cache.get(key);
  if (!validator) {
    const {columns, convert} = builders[table](year) as Conversion<AnyCleanRow>;
    validator = {
      schema: shape(columns).transform(convert) as unknown as z.ZodType<AnyCleanRow>,
      tryConvert(fields) {
        issues = 0;
        const row = convert(fields, counting);
        return issues === 0 ? row : null;
      }
    };
    cache.set(key, validator);
  }
  return validator;
}

export function schemaFor(table: CoreTable, year: number): z.ZodType<AnyCleanRow> {
  return validatorFor(table, year).schema;
}
