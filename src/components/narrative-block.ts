// The generated paragraph under an area's figures, with a button that copies it for a committee report.
// Usage in a page: display(narrativeBlock("placed-over-20-miles", data, {la, year}))
import {narrativeFor, type NarrativeArea} from "./narrative.js";
import {areaName, type AreaFile} from "./rows.js";

let count = 0;

export function narrativeBlock(area: NarrativeArea, data: AreaFile, {la, year}: {la: string; year: string}): HTMLElement {
  const text = narrativeFor(area, data.measures, {la, year, laName: areaName(data, la), threshold: data.threshold});
  const box = document.createElement("div");
  box.className = "cic-narrative";
  if (!text) return box;
  const id = `cic-narrative-${++count}`;
  const p = document.createElement("p");
  p.id = id;
  p.textContent = text;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "cic-copy";
  button.textContent = "Copy this paragraph";
  button.setAttribute("aria-describedby", id);
  const status = document.createElement("span");
  status.className = "cic-copy-status";
  status.setAttribute("role", "status");
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = "Copied.";
    } catch {
      // Without clipboard permission (some council browsers), select the text so Ctrl+C copies it.
      const range = document.createRange();
      range.selectNodeContents(p);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      status.textContent = "Selected: press Ctrl+C to copy.";
    }
  });
  const label = document.createElement("p");
  label.className = "cic-note";
  label.textContent = "In words (generated from the figures above, for reports):";
  const actions = document.createElement("div");
  actions.className = "cic-narrative-actions";
  actions.append(button, status);
  box.append(label, p, actions);
  return box;
}
