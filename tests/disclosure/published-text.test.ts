// The Definitions page publishes each measure's SQL and the catalogue's prose. The leak check looks for
// every child's date of birth in the output, in many forms; at regional or national scale some child
// is born on any given day, so a date written in that text (a comment's "e.g. 1 Oct 2023") fails the
// build. Such text must say its examples without a full date.
import {readdirSync, readFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {describe, expect, it} from "vitest";
import {scanText} from "../../loaders/disclosure/leak-check.js";
import type {Identifiers} from "../../loaders/disclosure/identifiers.js";
import {catalogue} from "../../loaders/measures/catalogue/index.js";

const measures = resolve(import.meta.dirname, "..", "..", "loaders", "measures");

/** Every day from 1990 to 2035 as a date of birth. */
function everyDay(): Identifiers {
  const dates = new Map<string, "DOB">();
  for (let d = Date.UTC(1990, 0, 1); d <= Date.UTC(2035, 11, 31); d += 86_400_000) dates.set(new Date(d).toISOString().slice(0, 10), "DOB");
  return {tokens: new Map(), phrases: new Map(), dates, postcodes: new Map(), skipped: {}, files: 0};
}

const datesIn = (text: string) => {
  const found: string[] = [];
  scanText(text, everyDay(), (_kind, form, value) => found.push(`${form}: ${value}`));
  return found;
};

describe("text the Definitions page publishes", () => {
  it("the check finds a date written in a comment", () => {
    expect(datesIn("-- e.g. 1 Oct 2023 for 2024-25")).not.toEqual([]);
  });

  it("holds no full date in any published measure query", () => {
    const published = new Set(catalogue.map((d) => d.sql).filter(Boolean));
    expect(published.size).toBeGreaterThan(20);
    for (const path of published) {
      expect(datesIn(readFileSync(join(measures, path!), "utf8")), path!).toEqual([]);
    }
  });

  it("holds no full date in the catalogue's definitions", () => {
    expect(datesIn(JSON.stringify(catalogue))).toEqual([]);
  });
});
