// Data for the disputes page: see site-data.ts and areas.ts.
import {areaJson} from "./site-data.js";

process.stdout.write(await areaJson("disputes"));
