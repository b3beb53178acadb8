// The SQL behind each measure, for the Definitions page: {"sql/cla_count.sql": "SELECT ..."}.
// The paths come from the build's catalogue (MeasureDefinition.sql, relative to loaders/measures).
import {existsSync, readFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {MeasureDefinition} from "../../loaders/measures/catalogue/schema.js";
import {buildDir} from "./site-data.js";

const measuresDir = resolve(import.meta.dirname, "..", "..", "loaders", "measures");
const catalogue = MeasureDefinition.array().parse(JSON.parse(readFileSync(join(buildDir(), "catalogue.json"), "utf8")));
const sql: Record<string, string> = {};
for (const {sql: path} of catalogue) {
  const file = resolve(measuresDir, path);
  // Only files inside loaders/measures: the path is data, not to be trusted to point anywhere else.
  if (path && file.startsWith(`${measuresDir}/`) && existsSync(file)) sql[path] = readFileSync(file, "utf8");
}
process.stdout.write(JSON.stringify(sql));
