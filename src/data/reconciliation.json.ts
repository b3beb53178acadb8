// Data for the Reconciliation page: every figure in data/reference/published-figures.csv (copied from the
// councils' IRO annual reports) beside DfE's figure and the computed one. The public build compares with
// the suppressed figures the rest of the site shows; the analyst build with the unsuppressed ones.
import {readFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {csvParse} from "d3";
import {reconciliationMap} from "./reconciliation-map.js";
import {reconcile} from "./reconciliation.js";
import {PublishedFigure, ReconFile} from "./reconciliation-schema.js";
import {load} from "./site-data.js";

const reference = resolve(import.meta.dirname, "..", "..", "data", "reference");
const loaded = load();
const published = PublishedFigure.array().parse(csvParse(readFileSync(join(reference, "published-figures.csv"), "utf8")));
const drnCategories = csvParse(readFileSync(join(reference, "drn-category-map.csv"), "utf8"))
  .map((d) => ({la: d.la ?? "", label: d.label ?? "", category: d.category ?? ""}));
const rows = reconcile({
  published,
  computed: loaded.rows.map((r) => ({...r, flag: r.flag ?? null})),
  rules: reconciliationMap,
  units: new Map(loaded.catalogue.map((d) => [d.id, d.unit])),
  titles: new Map(loaded.catalogue.map((d) => [d.id, d.title])),
  drnCategories,
  threshold: loaded.threshold
});
process.stdout.write(JSON.stringify(ReconFile.parse({
  generated: loaded.info.generated, synthetic: loaded.info.synthetic, analyst: loaded.info.analyst, threshold: loaded.threshold, rows
})));
