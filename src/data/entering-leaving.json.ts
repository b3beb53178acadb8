// Data for the entering-leaving page: see site-data.ts and areas.ts.
import {areaJson} from "./site-data.js";

process.stdout.write(await areaJson("entering-leaving"));
