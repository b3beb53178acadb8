// Data for the who-is-in-care page: see site-data.ts and areas.ts.
import {areaJson} from "./site-data.js";

process.stdout.write(await areaJson("who-is-in-care"));
