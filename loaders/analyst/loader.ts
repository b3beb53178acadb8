// The analyst build's data loader body (src-analyst/analyst/children.json.ts calls it): the
// pseudonymised child-level table of the build folder's warehouse, as JSON columns.
import {existsSync, readFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {BuildInfo} from "../../src/data/schema.js";
import {childRowsFromWarehouse, childrenFile} from "./children.js";

const projectRoot = resolve(import.meta.dirname, "..", "..");

export async function childrenJson(): Promise<string> {
  // Belt and braces: the public build's root has no such loader, but should one ever run there, it fails.
  if (process.env.CIC_ANALYST !== "1") throw new Error("analyst data loader: refusing to run outside the analyst build (CIC_ANALYST=1)");
  const dir = resolve(projectRoot, process.env.CIC_BUILD_DIR ?? ".tmp/build-analyst");
  const db = join(dir, "warehouse.duckdb");
  if (!existsSync(db)) throw new Error(`analyst data loader: ${db} is missing; the analyst build needs a warehouse (not CIC_BUILD_DIR with measures only)`);
  const info = BuildInfo.parse(JSON.parse(readFileSync(join(dir, "build-info.json"), "utf8")));
  const rows = await childRowsFromWarehouse(db);
  return JSON.stringify(childrenFile(rows, {generated: info.generated, synthetic: info.synthetic}));
}
