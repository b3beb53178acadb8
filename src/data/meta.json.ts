// Councils, years, names, the synthetic/analyst flags and the full measure catalogue.
import {metaJson} from "./site-data.js";

process.stdout.write(await metaJson());
