// Framework serves `npm:arquero` from its npm cache (scripts/prepare-site.ts bundles it from node_modules).
declare module "npm:arquero" {
  export * from "arquero";
}
