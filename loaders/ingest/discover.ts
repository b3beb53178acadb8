// Finds the LA-year folders of an input folder: <input>/<la>/<year>/*.csv.
import {readdirSync, statSync} from "node:fs";
import {join} from "node:path";
import type {QualityRow} from "./report.js";

export interface CollectionFolder {
  la: string;
  year: number;
  folder: string;      // relative to the input, '887/2025'
  csvFiles: string[];  // relative to the input, sorted
}

export interface Discovery {
  collections: CollectionFolder[];
  quality: QualityRow[];
}

const note = (file: string, rule: string, severity: QualityRow["severity"], message: string, level: QualityRow["level"] = "file"): QualityRow =>
  ({la: null, year: null, file, line: null, column: null, value: null, rule, severity, message, level});

function entries(dir: string): {name: string; isDir: boolean}[] {
  return readdirSync(dir, {withFileTypes: true})
    .filter((e) => !e.name.startsWith("."))
    .map((e) => ({name: e.name, isDir: e.isDirectory() || (e.isSymbolicLink() && statSync(join(dir, e.name)).isDirectory())}))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Files beside the LA folders (a README, a licence) are not part of the extract and are skipped. */
export function discover(input: string): Discovery {
  const collections: CollectionFolder[] = [];
  const quality: QualityRow[] = [];
  for (const laEntry of entries(input).filter((e) => e.isDir)) {
    if (!/^\d{3}$/.test(laEntry.name)) {
      quality.push(note(laEntry.name, "folder_unrecognised", "warning", `folder '${laEntry.name}' is not a 3-digit LA number; skipped`));
      continue;
    }
    const la = laEntry.name;
    for (const yearEntry of entries(join(input, la))) {
      const rel = `${la}/${yearEntry.name}`;
      if (!yearEntry.isDir) {
        quality.push({...note(rel, "file_ignored", "info", "files belong in a year folder (<la>/<year>/); skipped"), la});
        continue;
      }
      if (!/^\d{4}$/.test(yearEntry.name)) {
        quality.push({...note(rel, "folder_unrecognised", "warning", `folder '${yearEntry.name}' is not a collection year (e.g. 2025 for 2024-25); skipped`), la});
        continue;
      }
      const year = Number(yearEntry.name);
      const csvFiles: string[] = [];
      for (const f of entries(join(input, rel))) {
        const path = `${rel}/${f.name}`;
        if (!f.isDir && /\.csv$/i.test(f.name)) csvFiles.push(path);
        else quality.push({...note(path, "file_ignored", "info", f.isDir ? "sub-folders are not read; skipped" : "not a .csv file; skipped"), la, year});
      }
      collections.push({la, year, folder: rel, csvFiles});
    }
  }
  if (collections.length === 0) {
    quality.push(note(".", "input_empty", "error", `no <la>/<year>/ folders found in ${input} (expected e.g. 887/2025/header.csv)`));
  }
  return {collections, quality};
}
