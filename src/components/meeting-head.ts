// Node side of meeting mode: observablehq.config.ts puts this inline <script> in every page's <head>, so the
// meeting toggle is on every page (including those with no figures) without each page importing it.
// Bundled with esbuild when the config loads; the page list comes from the config.
import {buildSync} from "esbuild";
import {fileURLToPath} from "node:url";
import type {MeetingPage} from "./meeting.js";

export function meetingHead(pages: MeetingPage[]): string {
  const entry = fileURLToPath(new URL("./meeting.ts", import.meta.url));
  const result = buildSync({entryPoints: [entry], bundle: true, write: false, format: "iife", globalName: "cicMeeting", target: "es2020", minify: true});
  const code = result.outputFiles[0]!.text;
  // "</script" inside the code would end the tag early; JSON of page names cannot contain it, the bundle must not.
  if (/<\/script/i.test(code)) throw new Error("meeting.ts bundle contains </script");
  return `<script type="module">${code}cicMeeting.startMeeting(${JSON.stringify(pages).replace(/</g, "\\u003c")});</script>`;
}
