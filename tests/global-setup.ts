// One id per test run, so browser test files in parallel workers share one build of each site
// (tests/browser/harness.ts) and a later run never reuses a stale one.
export default function setup(): void {
  process.env.CIC_TEST_RUN = `${Date.now()}-${process.pid}`;
}
