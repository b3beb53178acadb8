// Framework resolves `npm:` imports from its npm cache (filled by scripts/prepare-site.ts from node_modules);
// these tell TypeScript the types are those of the installed packages.
declare module "npm:@observablehq/plot" {
  export * from "@observablehq/plot";
}
declare module "npm:d3" {
  export * from "d3";
}
