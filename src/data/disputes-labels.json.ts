// What each council calls its dispute resolution notices (site.config.json), for the Disputes page.
import {loadSiteConfig} from "./site-config.js";

process.stdout.write(JSON.stringify(loadSiteConfig().disputeLabels));
