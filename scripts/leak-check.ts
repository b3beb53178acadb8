// npm run leak-check -- [--dir dist] [--input DIR]
// Fails (exit 1) when any CHILD, UPN, SW_ID, IRO_ID, DRN_ID, URN, date of birth or postcode
// from the input extracts appears in any file of the built site. Prints only redacted values.
import {resolve} from "node:path";
import {pathToFileURL} from "node:url";
import {leakCheck, loadIdentifiers, type Hit} from "../loaders/disclosure/leak-check.js";

export {leakCheck, type Hit};

function argument(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  const inline = args.find((a) => a.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

export async function main(args: string[]): Promise<number> {
  const dir = argument(args, "--dir") ?? "dist";
  const input = argument(args, "--input") ?? process.env.CIC_INPUT ?? "data/extracts";
  try {
    const ids = loadIdentifiers(input);
    for (const [kind, n] of Object.entries(ids.skipped)) {
      console.warn(`leak-check: warning: ${n} ${kind} value(s) not scanned: too short, a placeholder, a boundary date or unparseable (see docs/disclosure.md)`);
    }
    const hits = await leakCheck({dir, input});
    if (hits.length) {
      console.error(`leak-check: FAILED: ${hits.length} input identifier(s) found under ${dir}:`);
      for (const h of hits.slice(0, 200)) console.error(`  ${h.file}: ${h.kind} ${h.redacted} (${h.form})`);
      if (hits.length > 200) console.error(`  ... and ${hits.length - 200} more`);
      return 1;
    }
    const count = ids.tokens.size + ids.phrases.size + ids.dates.size;
    console.log(`leak-check: passed: none of ${count} identifiers from ${ids.files} CSV file(s) in ${input} appear under ${dir}`);
    return 0;
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
