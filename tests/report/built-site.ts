// A built site for the meeting-mode and report tests: the browser tests' build of the same site
// (tests/browser/harness.ts builds each once per run, never two at once).
// CIC_TEST_SITE=<folder> uses that build as it is (for page work: a site you have just built).
import {resolve} from "node:path";
import {builtSite as harnessSite, root, type SiteName} from "../browser/harness.js";

export {root};

export async function builtSite(name: SiteName): Promise<string> {
  if (process.env.CIC_TEST_SITE) return resolve(root, process.env.CIC_TEST_SITE);
  return harnessSite(name);
}
