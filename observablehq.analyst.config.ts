// The analyst build's Framework configuration (scripts/build.ts --analyst): the public site's pages,
// unsuppressed, plus the cohort explorer, from the assembled root .tmp/analyst-src (scripts/analyst-site.ts).
// Every page: the OFFICIAL-SENSITIVE banner (static HTML, so it shows even if scripts fail) and noindex.
import publicConfig, {pages as publicPages} from "./observablehq.config.js";

export const analystBanner = "OFFICIAL-SENSITIVE: not for publication";

export const pages = [
  ...publicPages.slice(0, -2),
  {name: "Cohort explorer", path: "/cohort-explorer"},
  ...publicPages.slice(-2)
];

// The public config adds its own analyst banner when CIC_ANALYST=1; this one replaces it, so there is one.
const otherBanners = publicConfig.header.replace(/<p class="banner banner-analyst"[^>]*>.*?<\/p>/, "");

export default {
  ...publicConfig,
  root: ".tmp/analyst-src",
  output: process.env.CIC_OUTPUT ?? "dist-analyst",
  pages: pages.filter((p) => p.path !== "/"),
  // The public head (data preloads, meeting mode), with nofollow beside its analyst noindex.
  head: (page: {path: string}) => {
    const head = publicConfig.head(page);
    return head.includes(`name="robots"`) ? head.replace(`content="noindex"`, `content="noindex, nofollow"`)
      : `<meta name="robots" content="noindex, nofollow">${head}`;
  },
  header: `<p class="banner banner-analyst" role="note"><strong>${analystBanner}.</strong> Analyst build: figures are not suppressed, and the cohort explorer holds a pseudonymised record per child.</p>${otherBanners}`
};
