// Data for the Compare page: every measure (see site-data.ts), without the detailed code rows
// (code_WBRI, code_E11...), which the page does not offer and which would triple the file.
import {allMeasuresJson} from "./site-data.js";

process.stdout.write(await allMeasuresJson((r) => !r.breakdown.includes("|code_") && !r.la.startsWith("dfe:")));
