// Small-number suppression for the public build.
// Primary: a count of 1..threshold-1 is hidden (c); so is any percentage, rate, duration or
// ratio built on one, and any percentage whose denominator is under minDenominator.
// Secondary: the additive structure in tables.ts is searched for hidden figures a reader
// could recover by subtraction; for each, another figure of the same sum is hidden (the one
// with fewest knock-on suppressions, then the smallest), until nothing hidden is recoverable.
// A pruning pass then publishes again every secondary figure the rank check shows is not needed.
// docs/disclosure.md explains the rules and the choices.
// Comparator rows (England, regions, statistical neighbours, DfE's own LA figures) are
// already published by DfE and pass through.
import {loadDisclosureConfig, type DisclosureConfig} from "./config.js";
import {buildConstraints, indexRows, type Constraint} from "./constraints.js";
import {comparatorTest, countOf, countedFields, figureKey, isCountRow, type Units} from "./figures.js";
import {recoverableFigures, type FigureStatus} from "./recovery.js";
import {PublicMeasureRow, type DisclosureFlag, type PublicMeasuresFile} from "./schema.js";
import {tables as defaultTables, type TableDef} from "./tables.js";
import type {MeasureRow, MeasuresFile} from "../measures/schema.js";

export interface SuppressOptions {
  config?: DisclosureConfig;          // default: disclosure.config.json
  threshold?: number;                 // overrides config.threshold
  tables?: readonly TableDef[];       // default: tables.ts
  units?: Units;                      // measure -> unit, from the catalogue (unitsFromCatalogue)
}

interface Resolved {
  threshold: number;
  minDenominator: number;
  publicDecimals: number;
  isComparator: (la: string) => boolean;
  tables: readonly TableDef[];
  units: Units;
}

function resolve(options: SuppressOptions): Resolved {
  const config = options.config ?? loadDisclosureConfig();
  return {
    threshold: options.threshold ?? config.threshold,
    minDenominator: config.minDenominator,
    publicDecimals: config.publicDecimals,
    isComparator: comparatorTest(config.comparatorPattern),
    tables: options.tables ?? defaultTables,
    units: options.units ?? {}
  };
}

function partitionKey(row: {la: string; year: string}): string {
  return `${row.la}\t${row.year}`;
}

/** Splits rows into the LA-and-year groups that constraints live in, keeping input order. */
function partitions<T extends {la: string; year: string}>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = partitionKey(row);
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(row);
  }
  return groups;
}

/** Figures hidden by the primary rules, for one row. */
function primary(row: MeasureRow, r: Resolved): {count: boolean; denominator: boolean} {
  const small = (n: number | null) => n !== null && n > 0 && n < r.threshold;
  const unit = r.units[row.measure];
  if (isCountRow(row, unit)) return {count: small(row.value), denominator: false};
  const counted = countedFields(unit);
  const smallDenominator = counted.denominator && small(row.denominator);
  const numerator = countOf(row, unit);
  const fewBase = (unit === "percent" || unit === undefined) && row.denominator !== null &&
    row.denominator > 0 && row.denominator < r.minDenominator;
  // A small denominator is hidden itself, which blanks the percentage; a zero count over it
  // says nothing about it and stays (0 of PN7's 3 reviews in a band), as zeros do elsewhere.
  const baseHides = smallDenominator ? numerator !== 0 : fewBase;
  return {count: (counted.numerator && small(numerator)) || baseHides, denominator: smallDenominator};
}

interface Figures {
  value: Map<string, number | null>;   // figure key -> number (null: not published anyway)
  hidden: Set<string>;
}

function figuresOf(rows: readonly MeasureRow[], r: Resolved): Figures {
  const value = new Map<string, number | null>();
  const hidden = new Set<string>();
  for (const row of rows) {
    const unit = r.units[row.measure];
    const count = figureKey(row.measure, row.breakdown, "count");
    const denominator = figureKey(row.measure, row.breakdown, "denominator");
    value.set(count, countOf(row, unit));
    value.set(denominator, row.denominator);
    const p = primary(row, r);
    if (p.count) hidden.add(count);
    if (p.denominator) hidden.add(denominator);
  }
  return {value, hidden};
}

type Status = (key: string, hidden: ReadonlySet<string>) => FigureStatus;

function statusOf(figures: Figures, constraints: readonly Constraint[]): Status {
  const totals = new Set(constraints.map((c) => c.terms[0]!));
  return (key, hidden) => {
    if (hidden.has(key)) return "hidden";
    const v = figures.value.get(key);
    // No row: a figure only ever used as a part is a group the query left out, a zero;
    // a missing total is simply not published.
    if (v === undefined) return totals.has(key) ? "free" : "known";
    return v === null ? "free" : "known";
  };
}

interface Context {
  figures: Figures;
  constraints: readonly Constraint[];
  status: Status;
  member: Map<string, Constraint[]>;   // figure key -> the constraints it appears in
}

function context(figures: Figures, constraints: readonly Constraint[]): Context {
  const member = new Map<string, Constraint[]>();
  for (const c of constraints) {
    for (const key of c.terms) {
      let list = member.get(key);
      if (!list) member.set(key, (list = []));
      list.push(c);
    }
  }
  return {figures, constraints, status: statusOf(figures, constraints), member};
}

/** How many fully published constraints hiding `key` would newly expose. */
function exposure(ctx: Context, key: string, hidden: ReadonlySet<string>): number {
  let n = 0;
  for (const c of ctx.member.get(key) ?? []) {
    if (c.terms.every((t) => t === key || ctx.status(t, hidden) === "known")) n++;
  }
  return n;
}

/**
 * Figures that could be hidden next in a constraint, best first: non-zero published parts
 * that expose fewest other sums (a cell whose row already has a hidden cell closes a
 * rectangle), then the smallest, then table order; then the total (see below).
 */
function candidates(ctx: Context, c: Constraint, hidden: ReadonlySet<string>): string[] {
  const {figures} = ctx;
  const usable = (key: string) => {
    const v = figures.value.get(key);
    return v !== undefined && v !== null && v !== 0 && !hidden.has(key);
  };
  const parts = c.terms.slice(1).filter(usable).map((key) => ({key, exposes: exposure(ctx, key, hidden), value: figures.value.get(key)!}));
  parts.sort((a, b) => a.exposes - b.exposes || a.value - b.value); // stable: ties keep table order
  const keys = parts.map((p) => p.key);
  const total = c.terms[0]!;
  if (!usable(total)) return keys;
  // A total of the table's own measure (the 0_4 band, a grid's row total) competes with the
  // cells; a headline figure from another measure (cla_count) is hidden only as a last resort.
  const measureOf = (key: string) => key.slice(0, key.indexOf(" "));
  const own = c.terms.slice(1).some((key) => measureOf(key) === measureOf(total));
  return own || keys.length === 0 ? [...keys, total] : keys;
}

/**
 * Hides a figure. A hidden denominator leaves the row's count alone: publish blanks the
 * percentage (count and percentage would give the denominator back) but keeps the count, so
 * one shared denominator hidden (every review_participation code row is over the same 1,084)
 * does not blank every count over it.
 */
function hide(hidden: Set<string>, key: string): void {
  hidden.add(key);
}

/** A constraint whose only unknown is hidden gives that figure away. */
function exposes(c: Constraint, status: Status, hidden: ReadonlySet<string>): boolean {
  let unknown: string | null = null;
  for (const key of c.terms) {
    if (status(key, hidden) === "known") continue;
    if (unknown !== null) return false;
    unknown = key;
  }
  return unknown !== null && status(unknown, hidden) === "hidden";
}

/**
 * Follows the knock-on effects of hiding `start`: every constraint it (or a figure hidden
 * because of it) is in that now gives a figure away gets its first candidate hidden.
 */
function closeFrom(ctx: Context, hidden: Set<string>, start: string[]): void {
  const queue: Constraint[] = start.flatMap((k) => ctx.member.get(k) ?? []);
  while (queue.length) {
    const c = queue.shift()!;
    if (!exposes(c, ctx.status, hidden)) continue;
    const next = candidates(ctx, c, hidden)[0];
    if (!next) continue;
    const before = new Set(hidden);
    hide(hidden, next);
    for (const k of hidden) if (!before.has(k)) queue.push(...(ctx.member.get(k) ?? []));
  }
}

/** The constraints linked to `keys` through figures that are not published. */
function component(ctx: Context, hidden: ReadonlySet<string>, keys: Iterable<string>): Constraint[] {
  const seen = new Set<Constraint>();
  const visited = new Set<string>(keys);
  const stack = [...visited];
  while (stack.length) {
    for (const c of ctx.member.get(stack.pop()!) ?? []) {
      if (seen.has(c)) continue;
      seen.add(c);
      for (const t of c.terms) {
        if (!visited.has(t) && ctx.status(t, hidden) !== "known") {
          visited.add(t);
          stack.push(t);
        }
      }
    }
  }
  return ctx.constraints.filter((c) => seen.has(c)); // in table order, for determinism
}

/**
 * What hiding a figure costs the reader. A hidden denominator blanks only the percentage; its
 * count stays, and one base is often shared by many rows (every code's share of the same
 * 1,084 reviews), so hiding it is much cheaper than hiding counts.
 */
function weight(key: string): number {
  return key.endsWith(" denominator") ? 0.25 : 1;
}

// Look-ahead is tried on this many of a constraint's best candidates (speed; the order is good).
const LOOKAHEAD = 6;

/**
 * Picks, among a constraint's candidates, the one whose knock-on suppression (simulated
 * greedily, plus whatever the rank check would still find recoverable) hides fewest
 * figures; ties go to the candidate order. This is what makes 0_4 = under_1 + 1_4 hide the
 * 0_4 band rather than 1_4, which would leave 5_9 recoverable from the main age sum.
 */
function bestCandidate(ctx: Context, c: Constraint): string | null {
  let best: string | null = null;
  let bestCost = Infinity;
  const all = candidates(ctx, c, ctx.figures.hidden);
  // The total comes last in the order but must always be tried: with seven PN codes it fell
  // off the end, so participation's shared denominator was never weighed against a code.
  const tried = all.length > LOOKAHEAD && all.at(-1) === c.terms[0] ? [...all.slice(0, LOOKAHEAD), c.terms[0]!] : all.slice(0, LOOKAHEAD);
  for (const key of tried) {
    const trial = new Set(ctx.figures.hidden);
    hide(trial, key);
    closeFrom(ctx, trial, [key]);
    const added = [...trial].filter((k) => !ctx.figures.hidden.has(k));
    const hiddenCost = added.reduce((sum, k) => sum + weight(k), 0);
    if (hiddenCost >= bestCost) continue; // cannot win: the rank check only adds to the cost
    const left = recoverableFigures(component(ctx, trial, added), (k) => ctx.status(k, trial)).length;
    const cost = hiddenCost + left;
    if (cost < bestCost) {
      best = key;
      bestCost = cost;
    }
  }
  return best;
}

/**
 * A figure to hide so that `key` stops being recoverable. The equations that determine it
 * may be far from it (10_17 = 10_15 + 16_17 with both hidden, recovered through the main age
 * sum), so search outwards: the constraints containing it, then those sharing an unknown
 * with them, and so on; the first with a usable candidate gives its best one.
 */
function repairFor(ctx: Context, key: string): string | null {
  const seenKeys = new Set([key]);
  const seenConstraints = new Set<Constraint>();
  let frontier = [key];
  while (frontier.length) {
    const next: string[] = [];
    for (const k of frontier) {
      for (const c of ctx.member.get(k) ?? []) {
        if (seenConstraints.has(c)) continue;
        seenConstraints.add(c);
        const pick = bestCandidate(ctx, c);
        if (pick) return pick;
        for (const t of c.terms) {
          if (!seenKeys.has(t) && ctx.status(t, ctx.figures.hidden) !== "known") {
            seenKeys.add(t);
            next.push(t);
          }
        }
      }
    }
    frontier = next;
  }
  return null;
}

/** Hides figures until nothing hidden is recoverable: the cheap pass, then the rank check. */
function greedy(ctx: Context, live: (key: string) => FigureStatus): void {
  const {figures, constraints} = ctx;
  for (;;) {
    // Cheap pass first: a constraint with exactly one unknown, and that one hidden.
    let changed = false;
    for (const c of constraints) {
      if (!exposes(c, ctx.status, figures.hidden)) continue;
      const next = bestCandidate(ctx, c);
      if (next) {
        hide(figures.hidden, next);
        changed = true;
      }
    }
    if (changed) continue;
    // Then the full linear-algebra check, for recoveries through several constraints.
    const recoverable = recoverableFigures(constraints, live);
    if (!recoverable.length) return;
    const next = recoverable.map((key) => repairFor(ctx, key)).find((k) => k !== null);
    if (!next) return; // nothing left to hide; verifyNoRecovery reports it
    hide(figures.hidden, next);
  }
}

/**
 * Figures that are one number under several names (a code's reviews on two pages, a
 * percentage's base and the count it is): a constraint with exactly two figures that could
 * ever be hidden says they are equal, so one is published only with the others. Zeros and
 * missing parts are fixed and do not count; a free figure (a total with no row) breaks the link.
 */
function aliasClasses(ctx: Context, keys: readonly string[]): string[][] {
  const parent = new Map<string, string>(keys.map((k) => [k, k]));
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(k, root);
    return root;
  };
  const hideable = (key: string) => {
    const v = ctx.figures.value.get(key);
    return v !== undefined && v !== null && v !== 0;
  };
  const none = new Set<string>();
  for (const c of ctx.constraints) {
    const open = c.terms.filter((t) => hideable(t) || ctx.status(t, none) === "free");
    if (open.length !== 2 || !open.every(hideable)) continue;
    const [a, b] = open.map((t) => (parent.has(t) ? find(t) : null));
    if (a && b && a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  const classes = new Map<string, string[]>();
  for (const k of keys) {
    const root = find(k);
    let list = classes.get(root);
    if (!list) classes.set(root, (list = []));
    list.push(k);
  }
  return [...classes.values()];
}

/**
 * Publishes `keys` again if that gives nothing away, and returns whether it did. Publishing a
 * figure can make other hidden ones recoverable (its alias, the other cell of a pair the greedy
 * hid together); those are published too as long as they are secondary, and the attempt fails
 * as soon as a primary figure would be recoverable. Only the component of the published
 * figures can change, so only it is checked.
 */
function tryPublish(ctx: Context, keys: readonly string[], primaries: ReadonlySet<string>): boolean {
  const {hidden} = ctx.figures;
  const published: string[] = [];
  let next = [...keys];
  while (next.length) {
    for (const k of next) {
      hidden.delete(k);
      published.push(k);
    }
    const recovered = recoverableFigures(component(ctx, hidden, published), (k) => ctx.status(k, hidden));
    if (recovered.some((k) => primaries.has(k))) {
      for (const k of published) hidden.add(k);
      return false;
    }
    next = recovered;
  }
  return true;
}

// Pruning passes at most (each after the first only retries what the one before refused).
const PRUNE_PASSES = 3;

/**
 * The greedy hides more than it needs (on Medway's reviews it escalates to every PN code).
 * This pass tries to publish each secondary figure again, a class of aliases at a time, most
 * costly first: counts before denominators, then classes that blank the most, then larger
 * values, then key order. Only what the rank check proves safe is published, so the result is
 * still protected. Passes repeat while they publish something, since a class refused early may
 * be safe once others are out; after a pass that publishes nothing, no class can go on its own.
 */
function prune(ctx: Context, primaries: ReadonlySet<string>): void {
  for (let pass = 0; pass < PRUNE_PASSES; pass++) {
    // A class holding a primary figure stays: publishing any of it would give that figure away.
    const classes = aliasClasses(ctx, [...ctx.figures.hidden].sort())
      .filter((list) => !list.some((k) => primaries.has(k)))
      .map((keys) => ({
        keys,
        counts: keys.some((k) => !k.endsWith(" denominator")),
        cost: keys.reduce((sum, k) => sum + weight(k), 0),
        value: Math.max(...keys.map((k) => ctx.figures.value.get(k) ?? 0))
      }));
    classes.sort((a, b) => Number(b.counts) - Number(a.counts) || b.cost - a.cost || b.value - a.value ||
      (a.keys[0]! < b.keys[0]! ? -1 : 1));
    let published = false;
    for (const {keys} of classes) {
      if (keys.every((k) => ctx.figures.hidden.has(k)) && tryPublish(ctx, keys, primaries)) published = true;
    }
    if (!published) return;
  }
}

function secondary(figures: Figures, constraints: readonly Constraint[]): void {
  const ctx = context(figures, constraints);
  const live = (key: string) => ctx.status(key, figures.hidden);
  const primaries = new Set(figures.hidden);
  greedy(ctx, live);
  prune(ctx, primaries);
}

function roundsToZero(value: number, decimals: number): boolean {
  return value > 0 && Number(value.toFixed(decimals)) === 0;
}

function publish(row: MeasureRow, figures: Figures | null, r: Resolved): PublicMeasureRow {
  const unit = r.units[row.measure];
  const count = figures?.hidden.has(figureKey(row.measure, row.breakdown, "count")) ?? false;
  const denominator = figures?.hidden.has(figureKey(row.measure, row.breakdown, "denominator")) ?? false;
  if (count) return {...row, value: null, numerator: null, denominator: denominator ? null : row.denominator, flag: "c"};
  if (denominator) {
    // The count stays published; a percentage is blanked with its base, a count row's value is its count.
    return {...row, value: unit === "count" ? row.value : null, denominator: null, flag: "c"};
  }
  let flag: DisclosureFlag | null = null;
  if (row.value === null) flag = row.denominator === 0 ? "z" : "x";
  else if (unit !== "count" && !isCountRow(row, unit) && roundsToZero(row.value, r.publicDecimals)) flag = "k";
  return {...row, flag};
}

/** Suppresses the measure rows for publication. Throws if a hidden figure stays recoverable. */
export function suppressMeasures(rows: readonly MeasureRow[], options: SuppressOptions = {}): PublicMeasureRow[] {
  const r = resolve(options);
  const figuresByPartition = new Map<string, Figures>();
  for (const [key, group] of partitions(rows)) {
    if (r.isComparator(group[0]!.la)) continue;
    const figures = figuresOf(group, r);
    secondary(figures, buildConstraints(indexRows(group), r.tables));
    figuresByPartition.set(key, figures);
  }
  const out = rows.map((row) => PublicMeasureRow.parse(publish(row, figuresByPartition.get(partitionKey(row)) ?? null, r)));
  const problems = verifyNoRecovery(out, r.tables, options);
  if (problems.length) {
    const list = problems.slice(0, 10).map((p) => `${p.la} ${p.year} ${p.figure} (via ${p.constraints.join(", ")})`);
    throw new Error(`disclosure: ${problems.length} suppressed figure(s) remain recoverable:\n  ${list.join("\n  ")}`);
  }
  return out;
}

export interface RecoveryProblem {
  la: string;
  year: string;
  figure: string;          // 'measure breakdown field'
  constraints: string[];   // ids of the constraints it appears in
}

/**
 * The oracle: reads only the public rows and reports every suppressed figure that the
 * published figures and the additive constraints determine.
 */
export function verifyNoRecovery(
  publicRows: readonly PublicMeasureRow[],
  tables: readonly TableDef[] = defaultTables,
  options: Pick<SuppressOptions, "units" | "config"> = {}
): RecoveryProblem[] {
  const units = options.units ?? {};
  const isComparator = comparatorTest((options.config ?? loadDisclosureConfig()).comparatorPattern);
  const problems: RecoveryProblem[] = [];
  for (const group of partitions(publicRows).values()) {
    const {la, year} = group[0]!;
    if (isComparator(la)) continue;
    const figures: Figures = {value: new Map(), hidden: new Set()};
    for (const row of group) {
      const unit = units[row.measure];
      const count = figureKey(row.measure, row.breakdown, "count");
      const denominator = figureKey(row.measure, row.breakdown, "denominator");
      const shown = countOf(row, unit);
      figures.value.set(count, shown);
      if (shown === null && row.flag === "c") figures.hidden.add(count);
      figures.value.set(denominator, row.denominator);
      // A suppressed row's missing denominator is hidden; count rows have none to refer to.
      if (row.denominator === null && row.flag === "c") figures.hidden.add(denominator);
    }
    const constraints = buildConstraints(indexRows(group), tables);
    const status = statusOf(figures, constraints);
    for (const figure of recoverableFigures(constraints, (key) => status(key, figures.hidden))) {
      problems.push({la, year, figure, constraints: constraints.filter((c) => c.terms.includes(figure)).map((c) => c.id)});
    }
  }
  return problems;
}

/**
 * Checks the table definitions against the unsuppressed rows: every constraint whose
 * figures are all present must add up, and every breakdown of a measure the tables cover
 * should appear in some constraint (an unlisted group means a definition is out of date).
 */
export function checkTables(rows: readonly MeasureRow[], options: SuppressOptions = {}): string[] {
  const r = resolve(options);
  const messages: string[] = [];
  const covered = new Set<string>();
  const leftOut = new Set<string>();
  for (const t of r.tables) {
    if (t.kind === "sum") for (const p of t.parts) covered.add(p.measure);
    else if (t.kind === "outside") for (const s of t.snapshots) for (const g of t.groups) leftOut.add(figureKey(t.measure, `${s}|${g}`, "count"));
    else if (t.kind !== "follows" && t.kind !== "denominator") covered.add(t.measure);
  }
  for (const group of partitions(rows).values()) {
    const {la, year} = group[0]!;
    if (r.isComparator(la)) continue;
    const figures = figuresOf(group, r);
    const constraints = buildConstraints(indexRows(group), r.tables);
    const used = new Set(constraints.flatMap((c) => c.terms));
    for (const c of constraints) {
      const values = c.terms.map((key, i) => (i > 0 && !figures.value.has(key) ? 0 : figures.value.get(key)));
      if (values.some((v) => v === undefined || v === null)) continue;
      const [total, ...parts] = values as number[];
      const sum = parts.reduce((a, b) => a + b, 0);
      if (Math.abs(sum - total!) > 1e-9) messages.push(`${la} ${year} ${c.id}: parts add to ${sum}, total is ${total}`);
    }
    for (const row of group) {
      const key = figureKey(row.measure, row.breakdown, "count");
      if (covered.has(row.measure) && row.breakdown.includes("|") && !used.has(key) && !leftOut.has(key)) {
        messages.push(`${la} ${year} ${row.measure} ${row.breakdown}: in no table of loaders/disclosure/tables.ts`);
      }
    }
  }
  return messages;
}

/** The public form of a measures file (what src/data loaders write for the public build). */
export function publicMeasuresFile(file: MeasuresFile, options: SuppressOptions = {}): PublicMeasuresFile {
  const threshold = options.threshold ?? (options.config ?? loadDisclosureConfig()).threshold;
  return {generated: file.generated, threshold, measures: suppressMeasures(file.measures, options)};
}
