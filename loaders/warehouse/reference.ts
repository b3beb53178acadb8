// Fills the ref schema from data/reference (see data/reference/PROVENANCE.md for where each file came from).
// Every file is read as text and cast here, so a stray value fails loudly with the file's name.
import {existsSync, readFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import type {DuckDBConnection} from "@duckdb/node-api";

const here = dirname(fileURLToPath(import.meta.url));
export const defaultReferenceDir = join(here, "..", "..", "data", "reference");

function csv(path: string): string {
  return `read_csv('${path.replaceAll("'", "''")}', header = true, all_varchar = true, quote = '"', escape = '"')`;
}

// Each entry: target table, file (relative to the reference folder), SELECT list over the CSV's columns.
// `optional` files are loaded only when present (the analyst or another step supplies them).
const tables: {table: string; file: string; select: string; optional?: boolean}[] = [
  {table: "ref.bank_holidays", file: "bank-holidays-england-wales.csv", select: "CAST(date AS DATE), name"},
  {table: "ref.drn_categories", file: "drn-categories.csv", select: "category, label, description"},
  {table: "ref.regions", file: "regions.csv", select: "region, region_number"},
  {table: "ref.la_codes", file: "lait/la-codes.csv", select: "la_number, la_name, NULLIF(region, 'NA'), NULLIF(la_type, 'NA')"},
  {
    table: "ref.stat_neighbours",
    file: "lait/statistical-neighbours-2025.csv",
    select: "la_number, CAST(rank AS INTEGER), neighbour_la_number, closeness"
  },
  {
    // LAIT shows '-' for suppressed or not available: keep the text, leave the number NULL.
    table: "ref.lait_measures",
    file: "lait/cla-measures.csv",
    select: `measure_short, CAST(year AS INTEGER), la_number, area_name, NULLIF(region, 'NA'),
      CASE WHEN trim(value) = '-' THEN NULL ELSE CAST(value AS DOUBLE) END, value`
  },
  {
    table: "ref.lait_definitions",
    file: "lait/measure-definitions.csv",
    select: "measure_short, measure_code, measure, chart_title, polarity, y_axis_name, description, methodology"
  },
  {
    table: "ref.lait_measure_map",
    file: "lait-measure-map.csv",
    select: "measure_short, NULLIF(measure, ''), NULLIF(breakdown, ''), NULLIF(field, ''), NULLIF(note, '')"
  },
  {table: "ref.ethnicity_groups", file: "ethnicity-groups.csv", select: "code, group_key, label", optional: true},
  {
    table: "ref.population",
    file: "population.csv",
    select: "la, CAST(year AS INTEGER), CAST(population_0_17 AS INTEGER)",
    optional: true
  },
  {
    // Spaces and case vary between systems ('me4 4aa', 'ME44AA'), so the key is normalised once here.
    table: "ref.postcodes",
    file: "postcodes.csv",
    select: "upper(replace(postcode, ' ', '')), CAST(easting AS DOUBLE), CAST(northing AS DOUBLE), NULLIF(trim(la), '')",
    optional: true
  }
];

/** Creates the ref tables (reference-schema.sql) and loads them from `referenceDir`. */
export async function loadReference(conn: DuckDBConnection, referenceDir: string = defaultReferenceDir): Promise<void> {
  await conn.run("CREATE SCHEMA IF NOT EXISTS ref");
  await conn.run(readFileSync(join(here, "reference-schema.sql"), "utf8"));
  for (const {table, file, select, optional} of tables) {
    const path = join(referenceDir, file);
    if (!existsSync(path)) {
      if (optional) continue;
      throw new Error(`reference data missing: ${path}`);
    }
    try {
      await conn.run(`INSERT INTO ${table} SELECT ${select} FROM ${csv(path)}`);
    } catch (error) {
      throw new Error(`reference ${file}: ${(error as Error).message}`);
    }
  }
}
