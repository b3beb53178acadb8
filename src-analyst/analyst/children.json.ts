// The pseudonymised child-level table (loaders/analyst): analyst build only, this root is never public.
import {childrenJson} from "../../loaders/analyst/loader.js";

process.stdout.write(await childrenJson());
